package org.accountkit.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Removes an article from a list.
 *
 * @param list          the list
 * @param articleNumber the article
 */
public record RemoveListLineCommand(@NotNull ArticleListId list,
        @NotBlank @Size(max = 40) @PlainText String articleNumber) {
}
