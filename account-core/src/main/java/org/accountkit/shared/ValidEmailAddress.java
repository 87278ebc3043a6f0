package org.accountkit.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The text is an e-mail address as {@link EmailAddress} accepts it: the same rule, so that a valid command never
 * fails later when the address is made. A missing value is left to {@code @NotBlank}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmailAddress.Check.class)
public @interface ValidEmailAddress {

    /** Message key. */
    String message() default "{org.accountkit.ValidEmailAddress.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Applies {@link EmailAddress#isValid}; blank values are left to {@code @NotBlank}. */
    final class Check implements ConstraintValidator<ValidEmailAddress, CharSequence> {

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || text.toString().isBlank() || EmailAddress.isValid(text.toString());
        }
    }
}
