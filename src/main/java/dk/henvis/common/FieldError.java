package dk.henvis.common;

/** One field's fault; both parts bounded as in the contract, since a field name can be an unknown key of any length. */
public record FieldError(String field, String message) {

    public static final int MAX_FIELD = 200;
    public static final int MAX_MESSAGE = 500;

    public FieldError {
        field = Problem.bounded(field, MAX_FIELD);
        message = Problem.bounded(message, MAX_MESSAGE);
    }
}
