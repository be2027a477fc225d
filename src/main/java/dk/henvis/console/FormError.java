package dk.henvis.console;

/** One field's message on a refused form; {@code id} is the input's id, so the error summary can link to it. */
public record FormError(String id, String message) {
}
