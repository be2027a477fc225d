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
        if (!referral.isAnonymised()) {
            referral.anonymise(Dates.now(clock));
        }
        if (!referral.status.isTerminal()) {
            referral.closeReason = ClosingReason.NO_CONSENT;
            decisions.move(referral, ReferralStatus.WITHDRAWN, actor, ClosingReason.NO_CONSENT.name());
        }
        audit.record(actor, AuditAction.ERASE, referral.id);
    }
}
