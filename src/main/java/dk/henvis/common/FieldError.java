package dk.henvis.common;

public record FieldError(String field, String message) {
}
