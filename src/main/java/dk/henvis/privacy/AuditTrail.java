package dk.henvis.privacy;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.security.Actor;
import dk.henvis.security.RequestRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Records accesses to personal data in the caller's transaction, so a failed request leaves no trace either.
 * The entry's route is the one of the request being served ({@link RequestRoute}); work outside a request
 * names its own.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;

    /** Outside a request, e.g. when the demo data set is loaded at start-up. */
    static final String NO_REQUEST = "internal";

    /** An access made while serving the current request, recorded under its route. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, UUID referralId) {
        record(actor, action, referralId, RequestRoute.current().orElse(NO_REQUEST));
    }

    /** An access recorded under a route the caller names (a scheduled job, say). */
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
