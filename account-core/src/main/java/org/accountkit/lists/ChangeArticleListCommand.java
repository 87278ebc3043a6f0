package org.accountkit.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Renames a list, and shares it with colleagues or stops sharing it.
 *
 * @param list   the list
 * @param name   its new name, at most 100 characters, unique among the user's lists regardless of case
 * @param shared whether colleagues may read it
 */
public record ChangeArticleListCommand(@NotNull ArticleListId list, @NotBlank @Size(max = 100) @PlainText String name,
        boolean shared) {
}
