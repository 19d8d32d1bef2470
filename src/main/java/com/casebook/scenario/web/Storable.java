package com.casebook.scenario.web;

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
 * Text the database can store: PostgreSQL refuses the NUL character in text, so a field
 * holding one (pasted from a binary file, sent by a script) is sent back to the person
 * with a message instead of failing at the database.
 */
@Documented
@Constraint(validatedBy = Storable.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Storable {

	String message() default "{Storable}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts null and any text without a NUL character. */
	class Validator implements ConstraintValidator<Storable, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.indexOf('\u0000') < 0;
		}

	}

}
