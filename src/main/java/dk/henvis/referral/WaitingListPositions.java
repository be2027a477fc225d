package dk.henvis.referral;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where a waitlisted referral stands on its programme's waiting list. The places feature owns the
 * list's order and implements this, so the referral's view can show the position without knowing the order.
 */
public interface WaitingListPositions {

    /** 1-based position of a WAITLISTED referral; null for any other status. */
    Integer positionOf(Referral referral);

    /** The positions of the WAITLISTED referrals among these, by id, in one read per programme (a list page). */
    Map<UUID, Integer> positionsOf(Collection<Referral> referrals);
}
