package dk.henvis.privacy;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit trail as an auditor sees it. */
public record AuditEventView(UUID id, Instant at, String actor, String role, String organisation, AuditAction action,
                             UUID referralId, String endpoint) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.at, e.actor, e.role, e.organisation, e.action, e.referralId, e.endpoint);
    }
}
