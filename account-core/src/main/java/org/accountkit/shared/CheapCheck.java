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
}
