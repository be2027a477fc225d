package dk.henvis.privacy;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Records accesses to personal data in the caller's transaction, so a failed request leaves no trace either. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, UUID referralId, String endpoint) {
        AuditEvent event = new AuditEvent();
        event.id = Ids.next();
        event.at = Dates.now(clock);
        event.actor = actor.name();
        event.role = actor.primaryRole();
        event.organisation = actor.organisation().orElse(null);
        event.action = action;
        event.referralId = referralId;
        event.endpoint = endpoint;
        event.persist();
    }
}
