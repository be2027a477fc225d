package dk.henvis.places;

import dk.henvis.common.Ids;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.referral.WaitingListPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    @Override
    public Map<UUID, Integer> positionsOf(Collection<Referral> referrals) {
        Map<String, Set<UUID>> wanted = referrals.stream().filter(r -> r.status == ReferralStatus.WAITLISTED)
                .collect(Collectors.groupingBy(r -> r.programmeCode, Collectors.mapping(r -> r.id, Collectors.toSet())));
        Map<UUID, Integer> positions = new HashMap<>();
        // One read of the programme's list in its order from the index alone (referral_waitlist), numbered here
        // until the page's rows are found; counting ahead of each row instead read the list once per row.
        wanted.forEach((programme, ids) -> {
            try (Stream<?> inOrder = em.createNativeQuery("select id from referral where programme_code = :programme"
                            + " and status = 'WAITLISTED' order by programme_code, status, " + KEY)
                    .setParameter("programme", programme)
                    .getResultStream()) {
                Iterator<?> it = inOrder.iterator();
                int position = 0;
                int found = 0;
                while (found < ids.size() && it.hasNext()) {
                    UUID id = Ids.fromColumn(it.next());
                    position++;
                    if (ids.contains(id)) {
                        positions.put(id, position);
                        found++;
                    }
                }
            }
        });
        return positions;
    }
}
