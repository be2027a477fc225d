package dk.henvis.group;

public enum GroupStatus {
    OPEN, CLOSED, FINISHED, CANCELLED
}
