package dk.henvis.places;

public enum GroupStatus {
    OPEN, CLOSED, FINISHED, CANCELLED
}
