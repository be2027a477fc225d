package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.common.IfMatch;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The coordinator's decisions on a referral; each is one transaction that either happens whole or not at all. */
@ApplicationScoped
public class ReferralDecisions {

    @Inject
    ReferralAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Event<PlaceReleased> placeReleased;
    @Inject
    Event<ReferralStatusChanged> statusChanged;
    @Inject
    IfMatch ifMatch;

    @Transactional
    public Referral firstContact(UUID id, FirstContactRequest request, Actor actor) {
        Referral referral = load(id, actor, "first-contact");
        Instant now = Dates.now(clock);
        if (request.at().isAfter(now)) {
            throw ProblemException.invalid("at", "must not lie in the future");
        }
        if (request.at().isBefore(referral.receivedAt)) {
            throw ProblemException.ruleViolated("first contact cannot be before the referral was received ("
                    + referral.receivedAt + ")");
        }
        if (referral.firstContactAt != null) {
            throw ProblemException.ruleViolated("first contact is already recorded (" + referral.firstContactAt + ")");
        }
        referral.firstContactAt = request.at();
        referral.firstContactChannel = request.channel();
        if (referral.status == ReferralStatus.RECEIVED) {
            move(referral, ReferralStatus.IN_ASSESSMENT, actor, "FIRST_CONTACT");
        }
        return updated(referral, actor);
    }

    @Transactional
    public Referral accept(UUID id, NoteRequest request, Actor actor) {
        Referral referral = load(id, actor, "accept");
        move(referral, ReferralStatus.ACCEPTED, actor, null);
        noteDecision(referral, request == null ? null : request.note());
        return updated(referral, actor);
    }

    @Transactional
    public Referral decline(UUID id, ReasonRequest request, Actor actor) {
        Referral referral = load(id, actor, "decline");
        close(referral, ReferralStatus.DECLINED, request, actor);
        return updated(referral, actor);
    }

    @Transactional
    public Referral withdraw(UUID id, ReasonRequest request, Actor actor) {
        Referral referral = load(id, actor, "withdraw");
        close(referral, ReferralStatus.WITHDRAWN, request, actor);
        return updated(referral, actor);
    }

    /** Loads with a row lock, so that two decisions on one referral run one after the other; honours If-Match. */
    public Referral load(UUID id, Actor actor, String change) {
        Referral referral = access.requireForUpdate(id, actor);
        ifMatch.require(referral.version);
        referral.requireOpen(change);
        return referral;
    }

    public Referral updated(Referral referral, Actor actor) {
        audit.record(actor, AuditAction.UPDATE, referral.id);
        return referral;
    }

    /**
     * Moves the referral and, when it gave up a place, lets the group side free it (and promote) in this
     * transaction. Set the referral's other fields before: handing the place over flushes, and a change
     * made after it would cost the referral a second update.
     */
    public void move(Referral referral, ReferralStatus to, Actor actor, String reason) {
        ReferralStatus from = referral.status;
        boolean releases = from.holdsPlace() && !to.holdsPlace();
        referral.moveTo(to, Dates.now(clock), actor.name(), reason);
        statusChanged.fire(new ReferralStatusChanged(referral.id, referral.programmeCode, from, to));
        if (releases && referral.groupId != null) {
            placeReleased.fire(new PlaceReleased(referral.groupId, referral.programmeCode));
        }
    }

    private void close(Referral referral, ReferralStatus to, ReasonRequest request, Actor actor) {
        referral.closeReason = request.reason();
        noteDecision(referral, request.note());
        move(referral, to, actor, request.reason().name());
    }

    private static void noteDecision(Referral referral, String note) {
        if (note != null && !note.isBlank()) {
            referral.decisionNote = note;
        }
    }
}
