package org.accountkit.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The moment (an {@link Instant}) or the date (a {@link LocalDate}) lies in the years AccountKit stores
 * ({@link Moments}: 1970 to 9999); a missing one is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {StorableMoment.Check.class, StorableMoment.DateCheck.class})
public @interface StorableMoment {

    /** Message key. */
    String message() default "{org.accountkit.StorableMoment.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Applies {@link Moments#isStorable}. */
    final class Check implements ConstraintValidator<StorableMoment, Instant> {

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(Instant moment, ConstraintValidatorContext context) {
            return moment == null || Moments.isStorable(moment);
        }
    }

    /** Keeps a date within the years of {@link Moments}. */
    final class DateCheck implements ConstraintValidator<StorableMoment, LocalDate> {

        /** Created by the validator. */
        public DateCheck() {
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || date.getYear() >= 1970 && date.getYear() <= 9999;
        }
    }
}
