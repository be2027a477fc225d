package dk.henvis.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class or method that sends requests the contract forbids on purpose (hostile bodies, wrong
 * types, unknown fields, unknown addresses) to prove the service refuses them: {@link ContractValidation}
 * then checks only the responses. Say in {@link #value()} what is invalid about the requests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InvalidRequestsOnPurpose {

    String value();
}
