package org.accountkit.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.accountkit.InvalidCommand;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with Jakarta Bean Validation before a use case changes anything, and turns every violation
 * into one {@link InvalidCommand} with English and Dutch reasons.
 */
public final class CommandValidation {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("^\\{([^{}]+)}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Validator validator;

    /**
     * @param validator the Bean Validation validator to use; see {@link #defaultValidator()}
     */
    public CommandValidation(Validator validator) {
        this.validator = java.util.Objects.requireNonNull(validator, "validator");
    }

    /**
     * A Hibernate Validator that needs no Expression Language implementation on the class path. Build it once: it
     * is thread-safe and costly to create.
     */
    public static Validator defaultValidator() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Checks the actor and the command of a use case.
     *
     * @throws InvalidCommand naming every invalid field, when the actor or command is missing or invalid
     */
    public void validate(Object actor, Object command) {
        List<Violation> violations = new ArrayList<>();
        if (actor == null) {
            violations.add(missing("actor"));
        }
        if (command == null) {
            violations.add(missing("command"));
        } else if (!(actor != null && command instanceof CheapCheck cheap && cheap.passesCheapCheck())) {
            violations.addAll(violationsOf(command));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
    }

    /**
     * Checks that a query without parameters has an actor.
     *
     * @throws InvalidCommand when the actor is missing
     */
    public void validateActor(Object actor) {
        if (actor == null) {
            throw new InvalidCommand(List.of(missing("actor")));
        }
    }

    /**
     * Checks a command that needs no actor (logging in, for instance).
     *
     * @throws InvalidCommand naming every invalid field
     */
    public void validate(Object command) {
        if (command == null) {
            throw new InvalidCommand(List.of(missing("command")));
        }
        List<Violation> violations = violationsOf(command);
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
    }

    /** A violation for a field that a rule outside Bean Validation refused, with a key from the bundle. */
    public static Violation violation(String field, String key) {
        return new Violation(field, key, text(Locale.ROOT, key, Map.of(), key), text(Messages.dutch(), key, Map.of(), key));
    }

    private List<Violation> violationsOf(Object command) {
        Set<ConstraintViolation<Object>> found = validator.validate(command);
        return found.stream()
                .map(CommandValidation::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::messageKey))
                .toList();
    }

    private static Violation missing(String field) {
        return violation(field, "jakarta.validation.constraints.NotNull.message");
    }

    private static Violation toViolation(ConstraintViolation<Object> violation) {
        String template = violation.getMessageTemplate();
        Matcher matcher = TEMPLATE_KEY.matcher(template);
        String key = matcher.matches() ? matcher.group(1) : template;
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String field = violation.getPropertyPath().toString();
        return new Violation(field.isEmpty() ? "command" : field, key,
                text(Locale.ROOT, key, attributes, violation.getMessage()),
                text(Messages.dutch(), key, attributes, violation.getMessage()));
    }

    private static String text(Locale locale, String key, Map<String, Object> attributes, String fallback) {
        String pattern = Messages.validationText(locale, key).orElse(fallback);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = attributes.get(placeholder.group(1));
            placeholder.appendReplacement(text,
                    Matcher.quoteReplacement(value == null ? placeholder.group() : String.valueOf(value)));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
