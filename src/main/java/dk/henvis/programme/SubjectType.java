package dk.henvis.programme;

public enum SubjectType {
    CHILD, EXPECTANT_PARENT, PARENT
}
