package dk.henvis.places;

import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.referral.WaitingListPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
        Map<String, List<UUID>> waitlisted = referrals.stream().filter(r -> r.status == ReferralStatus.WAITLISTED)
                .collect(Collectors.groupingBy(r -> r.programmeCode, Collectors.mapping(r -> r.id, Collectors.toList())));
        Map<UUID, Integer> positions = new HashMap<>();
        // One pass over the programme's waiting list numbers it in its order; counting ahead of each row of
        // a page instead read the whole list once per row.
        waitlisted.forEach((programme, ids) -> em.createNativeQuery("select id, position from ("
                        + "select id, row_number() over (order by " + KEY + ") as position from referral "
                        + "where programme_code = :programme and status = 'WAITLISTED') numbered where id in (:ids)")
                .setParameter("programme", programme)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    positions.put(uuid(columns[0]), ((Number) columns[1]).intValue());
                }));
        return positions;
    }

    /** A native query's uuid column: a UUID on PostgreSQL, its 16 bytes on H2. */
    private static UUID uuid(Object column) {
        if (column instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return column instanceof UUID id ? id : UUID.fromString(column.toString());
    }
}
