package org.accountkit.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Creates an empty list.
 *
 * @param name   its name, at most 100 characters, unique among the user's lists regardless of case
 * @param shared whether colleagues may read it
 */
public record CreateArticleListCommand(@NotBlank @Size(max = 100) @PlainText String name, boolean shared) {
}
