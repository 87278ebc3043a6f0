package org.accountkit.shared;

/**
 * A command that can tell cheaply that it is certainly valid, so that {@link CommandValidation} may skip Bean
 * Validation on the hot path. The check must be sound: it may only pass commands that Bean Validation finds no
 * violation in (a property test per implementing command checks this); when it does not pass, Bean Validation
 * decides and names the fields.
 */
public interface CheapCheck {

    /** Whether the command certainly satisfies every constraint it is annotated with. */
    boolean passesCheapCheck();

    /**
     * {@code @NotBlank} as Hibernate Validator 9 decides it: not null, and a character that is not white space by
     * {@link Character#isWhitespace(int)} (so an em space is blank, a control character is not); the property test
     * {@code CheapCheckProperties} holds this to Hibernate Validator's own answer.
     */
    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
