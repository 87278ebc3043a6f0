package org.accountkit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.accountkit.shared.Messages;
import org.accountkit.shared.Violation;

/**
 * A command was refused because some of its fields are invalid. It carries every offending field at once, each
 * with a reason in English and in Dutch, so that a form can mark all of them in one round. Nothing was changed.
 */
public final class InvalidCommand extends AccountException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations every invalid field, at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidCommand(List<Violation> violations) {
        super("error.invalid-command", summary(violations, Locale.ENGLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid command has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every invalid field with its reasons, ordered by field name. */
    public List<Violation> violations() {
        return violations;
    }

    /** The names of the invalid fields, e.g. {@code email} or {@code address.postcode}. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).distinct().toList();
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, "error.invalid-command", summary(violations, locale));
    }

    private static String summary(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(violation -> violation.field() + ": " + violation.message(locale))
                .collect(Collectors.joining("; "));
    }
}
