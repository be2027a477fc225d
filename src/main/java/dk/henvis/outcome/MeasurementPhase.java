package dk.henvis.outcome;

/** START and END are taken once per course; INTERIM as often as useful. */
public enum MeasurementPhase {
    START, INTERIM, END;

    public boolean once() {
        return this != INTERIM;
    }
}
