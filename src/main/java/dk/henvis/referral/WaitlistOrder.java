package dk.henvis.referral;

/**
 * The one order of a programme's waiting list (DESIGN.md §2): priority HIGH before NORMAL (their names
 * sort so), then the oldest waitlisting first, then the id to break ties. The waiting list, a referral's
 * position and auto-promotion all use these columns, as an ORDER BY and as a row-value comparison.
 */
public final class WaitlistOrder {

    /** The sort key over the referral table's columns. */
    public static final String KEY = "priority, waitlisted_at, id";

    private WaitlistOrder() {
    }
}
