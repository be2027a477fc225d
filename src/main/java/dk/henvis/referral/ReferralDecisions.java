package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.common.IfMatch;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    Event<Object> domainEvents;
    @Inject
    IfMatch ifMatch;

    @Transactional
    public Referral firstContact(UUID id, FirstContactRequest request, Actor actor) {
        Referral referral = load(id, actor, "first-contact");
        referral.assess(request.at(), request.channel(), Dates.now(clock), actor.name());
        publish(referral);
        return updated(referral, actor);
    }

    @Transactional
    public Referral accept(UUID id, NoteRequest request, Actor actor) {
        Referral referral = load(id, actor, "accept");
        referral.accept(request == null ? null : request.note(), Dates.now(clock), actor.name());
        publish(referral);
        return updated(referral, actor);
    }

    @Transactional
    public Referral decline(UUID id, ReasonRequest request, Actor actor) {
        Referral referral = load(id, actor, "decline");
        referral.decline(request.reason(), request.note(), Dates.now(clock), actor.name());
        publish(referral);
        return updated(referral, actor);
    }

    @Transactional
    public Referral withdraw(UUID id, ReasonRequest request, Actor actor) {
        Referral referral = load(id, actor, "withdraw");
        referral.withdraw(request.reason(), request.note(), Dates.now(clock), actor.name());
        publish(referral);
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
     * Stores the history the referral's last change appended and publishes its events, in this transaction.
     * When it gave up a place, the places feature frees it (and promotes) on the event; that flushes, so
     * call this after the change, as the last write to the referral.
     */
    public void publish(Referral referral) {
        referral.takeHistory().forEach(change -> change.persist());
        referral.takeEvents().forEach(domainEvents::fire);
    }
}
