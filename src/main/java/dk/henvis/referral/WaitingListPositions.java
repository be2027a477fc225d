package dk.henvis.referral;

/**
 * Where a waitlisted referral stands on its programme's waiting list. The places feature owns the
 * list's order and implements this, so the referral's view can show the position without knowing the order.
 */
public interface WaitingListPositions {

    /** 1-based position of a WAITLISTED referral; null for any other status. */
    Integer positionOf(Referral referral);
}
