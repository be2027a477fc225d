package dk.henvis.places;

import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.referral.WaitingListPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The one order of a programme's waiting list (docs/ARCHITECTURE.md, "Where is rule X"): priority HIGH before NORMAL (their names
 * sort so), then the oldest waitlisting first, then the id to break ties. The waiting list, a referral's
 * position (here) and auto-promotion all use these columns, as an ORDER BY and as a row-value comparison.
 */
@ApplicationScoped
public class WaitlistOrder implements WaitingListPositions {

    /** The sort key over the referral table's columns. */
    static final String KEY = "priority, waitlisted_at, id";

    @Inject
    EntityManager em;

    @Override
    public Integer positionOf(Referral referral) {
        if (referral.status != ReferralStatus.WAITLISTED) {
            return null;
        }
        Number ahead = (Number) em.createNativeQuery("select count(*) from referral "
                        + "where programme_code = :programme and status = 'WAITLISTED' "
                        + "and (" + KEY + ") < (:priority, :waitlistedAt, :id)")
                .setParameter("programme", referral.programmeCode)
                .setParameter("priority", referral.priority.name())
                .setParameter("waitlistedAt", referral.waitlistedAt)
                .setParameter("id", referral.id)
                .getSingleResult();
        return ahead.intValue() + 1;
    }
}
