/**
 * <b>Article lists</b> ("lijsten"): named lists of articles and quantities a user orders again and again, their own,
 * optionally shared read-only with colleagues of the customer number; a whole list becomes a cart or a quote request
 * in one call.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.lists.CreateArticleList}, {@link org.accountkit.lists.ChangeArticleList},
 *       {@link org.accountkit.lists.DeleteArticleList}, {@link org.accountkit.lists.AddListLine},
 *       {@link org.accountkit.lists.ChangeListLine}, {@link org.accountkit.lists.RemoveListLine},
 *       {@link org.accountkit.lists.ListArticleLists}, {@link org.accountkit.lists.ViewArticleList},
 *       {@link org.accountkit.lists.TurnListIntoCart}.</li>
 *   <li>Views: {@link org.accountkit.lists.ArticleList}, {@link org.accountkit.lists.ListAsCart}.</li>
 * </ul>
 */
package org.accountkit.lists;
