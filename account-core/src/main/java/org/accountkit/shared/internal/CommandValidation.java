package org.accountkit.shared.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.accountkit.InvalidCommand;
import org.accountkit.shared.Messages;
import org.accountkit.shared.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with Jakarta Bean Validation before a use case changes anything, and turns every violation
 * into one {@link InvalidCommand} with English and Dutch reasons. Fields are named as a form binds them:
 * {@code email}, {@code address.postcode}, {@code lines[1]}, {@code lines[0].quantity}, {@code rights[0]}.
 */
public final class CommandValidation {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("^\\{([^{}]+)}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Validator validator;

    /**
     * @param validator the Bean Validation validator to use; see {@link #defaultValidator()}
     */
    public CommandValidation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
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
        validate(actor, command, "command");
    }

    /**
     * Checks the actor and the command of a use case, and the command's rules that Bean Validation does not express
     * (a line named twice, a field required by another's value): one {@link InvalidCommand} names every field that
     * either refuses.
     *
     * @param rules the further rules, applied to a command that is not {@code null}; they must tolerate the parts
     *              Bean Validation refuses ({@code null} lists and elements among them)
     * @throws InvalidCommand naming every invalid field, when the actor or command is missing or invalid
     */
    public <C> void validate(Object actor, C command, Function<C, List<Violation>> rules) {
        List<Violation> violations = new ArrayList<>();
        try {
            validate(actor, command);
        } catch (InvalidCommand refused) {
            violations.addAll(refused.violations());
        }
        if (command != null) {
            rules.apply(command).stream().filter(violation -> !violations.contains(violation))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
    }

    /**
     * Checks the actor and the one value a query takes, e.g. the identifier of the record to show.
     *
     * @param field the value's name, as the use case's Javadoc calls it (e.g. {@code order})
     * @throws InvalidCommand naming every invalid field, when the actor or the value is missing or invalid
     */
    public void validate(Object actor, Object value, String field) {
        List<Violation> violations = null;
        if (actor == null) {
            violations = new ArrayList<>(2);
            violations.add(missing("actor"));
        }
        if (value == null) {
            violations = violations == null ? new ArrayList<>(1) : violations;
            violations.add(missing(field));
        } else if (actor == null || !CheapChecks.passes(value)) {
            List<Violation> found = violationsOf(value, field);
            if (!found.isEmpty()) {
                violations = violations == null ? new ArrayList<>(found.size()) : violations;
                violations.addAll(found);
            }
        }
        if (violations != null) {
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
        List<Violation> violations = violationsOf(command, "command");
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
    }

    /** A violation for a field that a rule outside Bean Validation refused, with a key from the bundle. */
    public static Violation violation(String field, String key) {
        return new Violation(field, key, text(Locale.ROOT, key, Map.of(), key),
                text(Messages.dutch(), key, Map.of(), key));
    }

    private List<Violation> violationsOf(Object command, String self) {
        Set<ConstraintViolation<Object>> found = validator.validate(command);
        if (found.isEmpty()) {
            return List.of();
        }
        return found.stream()
                .map(violation -> toViolation(violation, self))
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::messageKey))
                .toList();
    }

    private static Violation missing(String field) {
        return violation(field, "jakarta.validation.constraints.NotNull.message");
    }

    private static Violation toViolation(ConstraintViolation<Object> violation, String self) {
        String template = violation.getMessageTemplate();
        Matcher matcher = TEMPLATE_KEY.matcher(template);
        String key = matcher.matches() ? matcher.group(1) : template;
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String field = fieldOf(violation);
        // a use case's command is the form itself; a value a query takes is a part of the form, named by "self"
        String named = field.isEmpty() ? self : self.equals("command") ? field : self + "." + field;
        return new Violation(named, key,
                text(Locale.ROOT, key, attributes, violation.getMessage()),
                text(Messages.dutch(), key, attributes, violation.getMessage()));
    }

    /**
     * The path of the violation as a form binds it: property names joined by dots, the position of an element of
     * a list or set in brackets, and none of Hibernate Validator's own node names ({@code <list element>}).
     */
    static String fieldOf(ConstraintViolation<Object> violation) {
        StringBuilder field = new StringBuilder();
        Object bean = violation.getRootBean();
        String previous = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position == null) {
                    position = positionIn(bean, previous, node, violation);
                }
                field.append('[').append(position).append(']');
            }
            String name = node.getName();
            boolean placeholder = name == null || name.startsWith("<") || node.getKind() == ElementKind.BEAN;
            if (!placeholder) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
                previous = name;
            }
        }
        return field.toString();
    }

    /**
     * Where an element of a set stands in the set's iteration order: the set is read from the command by the
     * property name before it. Only a direct property of the command is looked up; deeper sets are named by their
     * first element.
     */
    private static Object positionIn(Object bean, String property, Path.Node node,
            ConstraintViolation<Object> violation) {
        Object container = property == null ? null : component(bean, property);
        if (container instanceof Iterable<?> elements) {
            int index = 0;
            for (Object element : elements) {
                if (Objects.equals(element, violation.getInvalidValue())) {
                    return index;
                }
                index++;
            }
        }
        return 0;
    }

    private static Object component(Object bean, String name) {
        if (bean == null || !bean.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : bean.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(bean);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    return null;
                }
            }
        }
        return null;
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
