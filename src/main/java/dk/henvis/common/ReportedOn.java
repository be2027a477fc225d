package dk.henvis.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request field a cross-field check (an {@code @AssertTrue} method) is about, so that its error names
 * that field (say {@code minParticipants}) rather than the method ({@code minimumWithinCapacity}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReportedOn {

    /** The field's name in the request body, next to the checked method's own fields. */
    String value();
}
