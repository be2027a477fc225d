package dk.henvis.console;

import java.util.List;

/**
 * Why a form was refused, in Danish: the summary at the top of the form, the fields' own messages, and the
 * HTTP status the page is answered with (the API's status for the same refusal).
 */
public record Refusal(int status, String summary, List<FormError> fields, boolean stale) {

    public boolean hasField(String id) {
        return fields.stream().anyMatch(f -> f.id().equals(id));
    }

    public String field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).map(FormError::message).findFirst().orElse(null);
    }
}
