package dk.henvis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.support.AuditLog;
import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only: Hibernate never writes a change back, and PostgreSQL refuses UPDATE and DELETE. */
@QuarkusTest
class AppendOnlyAuditTest {

    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void aChangedAuditEntityIsNeverWrittenBack() {
        assertThat(AuditEvent.class).hasAnnotation(Immutable.class);
        String id = Referrals.create(Referrals.sandplay());
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = AuditEvent.find("referralId", UUID.fromString(id)).firstResult();
            event.actor = "someone-else";
            return event.id;
        });
        String actor = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(eventId).actor);
        assertThat(actor).isEqualTo("coordinator");
    }

    @Test
    void postgresqlRejectsUpdateAndDeleteOfAuditRows() {
        if (!"postgresql".equals(dbKind)) {
            return; // the trigger is PostgreSQL's; on H2 the entity above is the guard
        }
        String id = Referrals.create(Referrals.sandplay());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_event set actor = 'x' where referral_id = ?1").setParameter(1, UUID.fromString(id))
                .executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_event where referral_id = ?1").setParameter(1, UUID.fromString(id))
                .executeUpdate())).hasStackTraceContaining("append-only");
        assertThat(AuditLog.of(id)).hasSize(1);
    }
}
