package org.accountkit.approval;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A deadline of a waiting order lies between {@link ConfigureApprovalRulesCommand#SHORTEST_DEADLINE} and
 * {@link ConfigureApprovalRulesCommand#LONGEST_DEADLINE}: the rule the approval rules themselves keep. A missing
 * deadline is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidDeadline.Check.class)
public @interface ValidDeadline {

    /** Message key. */
    String message() default "{org.accountkit.ValidDeadline.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Applies {@link ConfigureApprovalRulesCommand#isValidDeadline}. */
    final class Check implements ConstraintValidator<ValidDeadline, Duration> {

        /** Created by the validator. */
        public Check() {
        }

        @Override
        public boolean isValid(Duration deadline, ConstraintValidatorContext context) {
            return deadline == null || ConfigureApprovalRulesCommand.isValidDeadline(deadline);
        }
    }
}
