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
 * The text is {@link Text plain}: no control characters and no broken characters. A missing value is left to
 * {@code @NotNull} or {@code @NotBlank}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    /** Whether line feeds, carriage returns and tabs are allowed. */
    boolean multiline() default false;

    /** Message key. */
    String message() default "{org.accountkit.PlainText.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Applies {@link Text#isPlain}. */
    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Text.isPlain(text, multiline);
        }
    }
}
