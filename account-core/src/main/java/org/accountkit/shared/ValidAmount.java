package org.accountkit.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The amount is at least {@link #min()} and at most {@link Money#LARGEST_STORED}: what AccountKit can store. A
 * missing amount is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAmount.Check.class)
public @interface ValidAmount {

    /** The smallest amount accepted, e.g. {@code "0.01"}. */
    String min() default "0.00";

    /** Message key. */
    String message() default "{org.accountkit.ValidAmount.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Compares the amount with the bounds. */
    final class Check implements ConstraintValidator<ValidAmount, Money> {

        private BigDecimal min;

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public void initialize(ValidAmount annotation) {
            min = new BigDecimal(annotation.min());
        }

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            return money == null
                    || money.amount().compareTo(min) >= 0 && money.amount().compareTo(Money.LARGEST_STORED) <= 0;
        }
    }
}
