package dk.henvis.placement;

import dk.henvis.common.Dates;
import dk.henvis.group.Group;
import dk.henvis.group.Places;
import dk.henvis.programme.Programme;
import dk.henvis.referral.PlaceReleased;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Frees places and fills them from the waiting list, in the transaction that freed them. The next
 * waitlisted referral is claimed with SKIP LOCKED, so a referral a coordinator is placing by hand at
 * the same moment is passed over instead of deadlocking with it.
 */
@ApplicationScoped
public class AutoPromotion {

    public static final String REASON = "AUTO_PROMOTED";

    @Inject
    Places places;
    @Inject
    ReferralDecisions decisions;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlaceReleased(@Observes PlaceReleased released) {
        places.release(released.groupId());
        promoteInto(released.groupId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlacesOpened(@Observes dk.henvis.group.PlacesOpened opened) {
        promoteInto(opened.groupId());
    }

    /** Places waitlisted referrals of the group's programme until it is full or the list is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int promoteInto(UUID groupId) {
        Group group = Group.findById(groupId);
        if (group == null || !group.isOpen()) {
            return 0;
        }
        Programme programme = Programme.findByCode(group.programmeCode);
        if (!programme.autoPromote) {
            return 0;
        }
        int placed = 0;
        UUID candidate;
        while ((candidate = nextWaitlisted(group.programmeCode)) != null) {
            if (!places.take(groupId)) {
                break;
            }
            Referral referral = Referral.findById(candidate);
            em.refresh(referral);
            referral.groupId = groupId;
            referral.placedAt = Dates.now(clock);
            decisions.move(referral, ReferralStatus.PLACED, Actor.SYSTEM, REASON);
            em.flush();
            placed++;
        }
        return placed;
    }

    private UUID nextWaitlisted(String programmeCode) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from referral where programme_code = :programme "
                        + "and status = 'WAITLISTED' order by priority, waitlisted_at, id "
                        + "limit 1 for update skip locked")
                .setParameter("programme", programmeCode)
                .getResultList();
        return ids.isEmpty() ? null : asUuid(ids.get(0));
    }

    /** H2 gives a native query's uuid column back as 16 bytes, PostgreSQL as a UUID. */
    private static UUID asUuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
