package dk.henvis.session;

/** REGULAR sessions count against the session limit; FEEDBACK (to pedagogue and parents) and REUNION do not. */
public enum SessionType {
    REGULAR, FEEDBACK, REUNION;

    public boolean countsAgainstLimit() {
        return this == REGULAR;
    }
}
