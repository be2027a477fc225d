package dk.henvis.places;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.programme.Programme;
import dk.henvis.referral.PlaceReleased;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Frees places and fills them from the waiting list, in the transaction that freed them: a freed place
 * usually passes straight to the first waiting referral (see {@link #handOver}). The next waitlisted
 * referral is claimed with SKIP LOCKED, so a referral a coordinator is placing or closing by hand at the
 * same moment is passed over instead of waited for: promotion never waits for a referral lock while it
 * holds the group's, which is what keeps it free of deadlocks. When every waiting referral
 * is locked like that, the places stay free for the moment and {@link PromotionRetries} tries again
 * once this transaction has committed.
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
    @Inject
    Event<PromotionContended> contended;

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlaceReleased(@Observes PlaceReleased released) {
        if (!handOver(released.groupId())) {
            places.release(released.groupId());
            fill(released.groupId());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlacesOpened(@Observes PlacesOpened opened) {
        fill(opened.groupId());
    }

    private void fill(UUID groupId) {
        if (promoteInto(groupId)) {
            contended.fire(new PromotionContended(groupId));
        }
    }

    /**
     * Passes a freed place straight to the first waiting referral no other transaction holds. The number
     * of places held stays the same, so the group's counter is neither written nor locked, and the frees
     * of one group do not queue behind each other. That is safe without the group's lock: a group cannot
     * be finished or cancelled while anyone holds a place, and a close committed meanwhile simply comes
     * after the hand-over. Declines, leaving release and promotion under the group's lock, when the group
     * takes nobody new, has other free places to fill as well, or nobody free is waiting.
     */
    private boolean handOver(UUID groupId) {
        Group group = Group.findById(groupId);
        if (group == null || group.freePlaces() > 0 || !admits(group)) {
            return false;
        }
        Referral next = claimNextWaitlisted(group.programmeCode, new HashSet<>());
        if (next == null) {
            return false;
        }
        placeInto(next, groupId);
        return true;
    }

    /**
     * Places waitlisted referrals of the group's programme until it is full or the list is empty. The caller
     * holds the group's row lock.
     *
     * @return true when places were left free because every waiting referral was locked by another transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean promoteInto(UUID groupId) {
        Group group = Group.findById(groupId);
        if (group == null || !admits(group)) {
            return false;
        }
        // The caller holds the group's row lock (it freed a place, opened the group or changed it), so the
        // free places read here stay as they are until this transaction ends.
        int free = places.free(groupId);
        int placed = 0;
        Set<UUID> seen = new HashSet<>();
        Referral next = null;
        while (placed < free && (next = claimNextWaitlisted(group.programmeCode, seen)) != null) {
            if (!places.take(groupId)) {
                return false;
            }
            placeInto(next, groupId);
            placed++;
        }
        return placed < free && next == null && anyWaitlisted(group.programmeCode);
    }

    private boolean admits(Group group) {
        Programme programme = Programme.findByCode(group.programmeCode);
        return programme.autoPromote && GroupAdmission.admits(group, programme, Dates.today(clock));
    }

    private void placeInto(Referral referral, UUID groupId) {
        referral.placeIn(groupId, Dates.now(clock), Actor.SYSTEM.name(), REASON);
        decisions.publish(referral);
        em.flush();
    }

    /**
     * The first waitlisted referral nobody else holds a lock on, now locked by this transaction; null when
     * there is none. {@code seen} stops the search at a row this transaction already passed over.
     */
    private Referral claimNextWaitlisted(String programmeCode, Set<UUID> seen) {
        Object[] candidate;
        while ((candidate = nextWaitlisted(programmeCode)) != null && seen.add(Ids.fromColumn(candidate[0]))) {
            Referral referral = em.find(Referral.class, Ids.fromColumn(candidate[0]));
            if (referral.version != ((Number) candidate[1]).longValue()) {
                em.refresh(referral); // this session held an older copy
            }
            if (referral.status == ReferralStatus.WAITLISTED) {
                return referral;
            }
            // Claimed by the database but changed since this session last saw it: not ours to place.
        }
        return null;
    }

    /** Whether the programme has waitlisted referrals, locked or not (a plain read of committed rows). */
    private boolean anyWaitlisted(String programmeCode) {
        return !em.createNativeQuery("select 1 from referral where programme_code = :programme and status = 'WAITLISTED' "
                        + "limit 1")
                .setParameter("programme", programmeCode)
                .getResultList()
                .isEmpty();
    }

    /** Id and version of the first waitlisted referral nobody else holds a lock on, now locked by this transaction. */
    private Object[] nextWaitlisted(String programmeCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, version from referral where programme_code = :programme "
                        + "and status = 'WAITLISTED' order by " + WaitlistOrder.KEY + " limit 1 for update skip locked")
                .setParameter("programme", programmeCode)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
