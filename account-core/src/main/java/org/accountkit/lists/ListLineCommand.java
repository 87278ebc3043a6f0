package org.accountkit.lists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Adds an article to a list, or changes its line.
 *
 * @param list          the list
 * @param articleNumber the article, at most 40 characters
 * @param quantity      how many, 1 to 100,000; adding an article already on the list adds to its quantity
 * @param note          a note, at most 200 characters, may be empty; adding keeps the existing note when empty
 */
public record ListLineCommand(@NotNull ArticleListId list, @NotBlank @Size(max = 40) @PlainText String articleNumber,
        @Positive @Max(100_000) int quantity, @NotNull @Size(max = 200) @PlainText String note) {
}
