package dk.henvis.console;

import dk.henvis.common.FieldError;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a posted form into typed values; every value that does not read becomes a field error, and
 * {@link #check()} refuses the form with all of them at once, as the API's validation does.
 */
final class FormInput {

    static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H[:][.]mm");

    private final MultivaluedMap<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    FormInput(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            errors.add(new FieldError(name, "null"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            errors.add(new FieldError(name, "null"));
            return null;
        }
        try {
            return LocalDate.parse(value, DANISH_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
    }

    /** A date that may be left empty (null); one that is written but is no date is a field error. */
    LocalDate optionalDate(String name) {
        return text(name) == null ? null : date(name);
    }

    /** A whole number that may be left empty (null). */
    Integer optionalNumber(String name) {
        return text(name) == null ? null : number(name);
    }

    /** A choice that may be left empty (null). */
    <E extends Enum<E>> E optionalChoice(String name, Class<E> type) {
        return text(name) == null ? null : choice(name, type);
    }

    LocalTime time(String name) {
        String value = text(name);
        if (value == null) {
            errors.add(new FieldError(name, "null"));
            return null;
        }
        try {
            return LocalTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
    }

    Integer number(String name) {
        String value = text(name);
        if (value == null) {
            errors.add(new FieldError(name, "null"));
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
    }

    UUID id(String name) {
        String value = text(name);
        if (value == null) {
            errors.add(new FieldError(name, "null"));
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
    }

    void require(boolean condition, String name) {
        if (!condition) {
            errors.add(new FieldError(name, "null"));
        }
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The form is not valid", errors);
        }
    }
}
