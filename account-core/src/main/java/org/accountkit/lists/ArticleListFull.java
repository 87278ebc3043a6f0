package org.accountkit.lists;

import org.accountkit.AccountException;

/** A list already holds {@value ArticleList#MAX_LINES} lines, as many as one cart; nothing was added. */
public final class ArticleListFull extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param name the list */
    public ArticleListFull(String name) {
        super("error.article-list-full", name, String.valueOf(ArticleList.MAX_LINES));
    }
}
