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
 * AccountKit's password policy: 12 to 128 characters, with at least one letter and one digit or symbol, not one
 * character repeated throughout, and no broken characters (half a surrogate pair, which no hash can encode). Length matters more than character classes (NIST SP 800-63B), so the policy
 * asks for length and refuses only the obviously weak. A missing password is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Check.class)
public @interface StrongPassword {

    /** The shortest password accepted. */
    int MIN_LENGTH = 12;
    /** The longest password accepted. */
    int MAX_LENGTH = 128;

    /** Message key. */
    String message() default "{org.accountkit.StrongPassword.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Applies the policy. */
    final class Check implements ConstraintValidator<StrongPassword, CharSequence> {

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(CharSequence password, ConstraintValidatorContext context) {
            return password == null || isStrong(password);
        }

        /** Whether {@code password} satisfies the policy. */
        public static boolean isStrong(CharSequence password) {
            int length = password.length();
            if (length < MIN_LENGTH || length > MAX_LENGTH) {
                return false;
            }
            boolean letter = password.chars().anyMatch(Character::isLetter);
            boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
            boolean varied = password.chars().distinct().count() > 1;
            return letter && other && varied && Text.isWellFormed(password);
        }
    }
}
