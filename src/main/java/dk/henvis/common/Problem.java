package dk.henvis.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. What it repeats of the request is bounded as in the contract, so that
 * a hostile request cannot make its error larger than itself: at most 100 errors, 2,000 characters of
 * detail and of instance.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final int MAX_ERRORS = 100;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_INSTANCE = 2000;
    private static final String CUT = "...";

    public Problem {
        detail = bounded(detail, MAX_DETAIL);
        instance = bounded(instance, MAX_INSTANCE);
        if (errors != null && errors.size() > MAX_ERRORS) {
            errors = List.copyOf(errors.subList(0, MAX_ERRORS));
        }
    }

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    /** The text, or its start ending in "..." when it is longer than max characters (never splitting a surrogate pair). */
    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }
}
