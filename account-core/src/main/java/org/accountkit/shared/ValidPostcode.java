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
 * The postcode of an {@link AddressFields} must be valid for its country. Reported on the {@code postcode} field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPostcode.Check.class)
public @interface ValidPostcode {

    /** Message key. */
    String message() default "{org.accountkit.ValidPostcode.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the postcode against the country's rule; a missing part is left to {@code @NotBlank}. */
    final class Check implements ConstraintValidator<ValidPostcode, AddressFields> {

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(AddressFields fields, ConstraintValidatorContext context) {
            if (fields == null || fields.country() == null || fields.postcode() == null
                    || fields.postcode().isBlank() || fields.country().acceptsPostcode(fields.postcode())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("postcode")
                    .addConstraintViolation();
            return false;
        }
    }
}
