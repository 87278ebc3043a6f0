package org.accountkit.lists;

import org.accountkit.AccountException;

/** The user already has a list of that name (regardless of case); nothing was changed. */
public final class ArticleListNameTaken extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param name the name */
    public ArticleListNameTaken(String name) {
        super("error.article-list-name-taken", name);
    }
}
