package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Erasure on request: the family no longer wants the referral. An open referral is withdrawn
 * (reason NO_CONSENT, its place freed), then its personal fields are anonymised at once; statistics stay.
 */
@ApplicationScoped
public class Erasure {

    @Inject
    ReferralAccess access;
    @Inject
    ReferralDecisions decisions;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public void erase(UUID id, Actor actor) {
        Referral referral = access.requireForUpdate(id, actor);
        referral.erase(Dates.now(clock), actor.name());
        decisions.publish(referral);
        audit.record(actor, AuditAction.ERASE, referral.id);
    }
}
