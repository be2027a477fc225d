package dk.henvis.places;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.common.Refusal;
import dk.henvis.common.IfMatch;
import dk.henvis.programme.Programme;
import dk.henvis.referral.NoteRequest;
import dk.henvis.referral.PlaceReleased;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The coordinator places a referral in a group, moves it to another, or puts it on the waiting list.
 *
 * <p>Lock order, the same everywhere: the referral's row first, then group rows (by id when there are
 * two). The group row is the hot one under contention, so everything else is written and flushed before
 * the place is taken: the group stays locked only from the conditional UPDATE to the commit.
 */
@ApplicationScoped
public class Placement {

    private static final Set<ReferralStatus> PLACEABLE =
            EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, ReferralStatus.PLACED);

    @Inject
    ReferralDecisions decisions;
    @Inject
    Places places;
    @Inject
    Event<PlaceReleased> placeReleased;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    IfMatch ifMatch;

    @Transactional
    public Referral place(UUID referralId, UUID groupId, Actor actor) {
        refuseEarlyWhenFull(referralId, groupId, actor);
        Referral referral = decisions.load(referralId, actor, "placement");
        if (!PLACEABLE.contains(referral.status)) {
            throw referral.invalidTransition("placement");
        }
        Group group = Group.findById(groupId);
        if (group == null) {
            throw ProblemException.ruleViolated("group " + groupId + " does not exist");
        }
        if (!group.programmeCode.equals(referral.programmeCode)) {
            throw ProblemException.ruleViolated("the group belongs to programme " + group.programmeCode
                    + ", the referral to " + referral.programmeCode);
        }
        if (referral.status == ReferralStatus.PLACED && groupId.equals(referral.groupId)) {
            throw ProblemException.ruleViolated("the referral is already placed in this group");
        }
        Programme programme = Programme.findByCode(group.programmeCode);
        Refusal.enforce(GroupAdmission.check(group, programme, Dates.today(clock)));
        // A refusal may rest on this plain read (the group was full when read, a valid order of events);
        // a place is only ever granted by the conditional update below.
        Refusal.enforce(GroupCapacity.check(group));

        boolean moving = referral.status == ReferralStatus.PLACED;
        UUID previousGroup = referral.placeIn(groupId, Dates.now(clock), actor.name(), moving ? Referral.MOVED : null);
        decisions.publish(referral);
        decisions.updated(referral, actor);
        em.flush();

        if (previousGroup != null) {
            places.lockInOrder(previousGroup, groupId);
        }
        if (!places.take(groupId)) {
            throw refusal(groupId);
        }
        if (previousGroup != null) {
            placeReleased.fire(new PlaceReleased(previousGroup, referral.programmeCode));
        }
        return referral;
    }

    /**
     * Under contention most placements meet a full group. That answer is given here from plain reads of
     * committed rows, without locking the referral, so the refusal neither waits for nor holds up anyone
     * and its transaction writes nothing. Only when every earlier check passes on these reads and the group
     * is full does it answer; anything else is left to the locked path, which runs the same checks in the
     * same order.
     */
    private void refuseEarlyWhenFull(UUID referralId, UUID groupId, Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            return;
        }
        List<Object[]> rows = em.createQuery("select r.status, r.programmeCode, r.groupId, r.version from Referral r "
                        + "where r.id = :id", Object[].class)
                .setParameter("id", referralId)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        ReferralStatus status = (ReferralStatus) rows.get(0)[0];
        String programmeCode = (String) rows.get(0)[1];
        if (!PLACEABLE.contains(status) || status == ReferralStatus.PLACED && groupId.equals(rows.get(0)[2])) {
            return;
        }
        Group group = Group.findById(groupId);
        if (group == null || !group.programmeCode.equals(programmeCode)) {
            return;
        }
        ifMatch.require((Long) rows.get(0)[3]);
        if (GroupAdmission.admits(group, Programme.findByCode(programmeCode), Dates.today(clock))) {
            Refusal.enforce(GroupCapacity.check(group));
        }
    }

    /** Why the conditional update took no place; the transaction rolls back whatever it wrote. */
    private RuntimeException refusal(UUID groupId) {
        Group now = places.current(groupId);
        if (!now.isOpen()) {
            return GroupAdmission.notOpen(now).orElseThrow().refused();
        }
        return GroupCapacity.full(now).refused();
    }

    @Transactional
    public Referral waitlist(UUID referralId, NoteRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "waitlist");
        referral.waitlist(request == null ? null : request.note(), Dates.now(clock), actor.name());
        decisions.publish(referral);
        return decisions.updated(referral, actor);
    }
}
