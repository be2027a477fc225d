package dk.henvis.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One domain event, written in the transaction that caused it (the transactional outbox). No personal data. */
@Entity
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String type;
    public Instant occurredAt;
    public UUID referralId;
    public UUID groupId;
    public String programmeCode;
    public String status;
    public String previousStatus;
    /** Routing data for organisation-filtered subscriptions; never sent in the payload. */
    public String referrerOrganisation;
    /** The JSON body exactly as it is sent and signed. */
    public String payload;
}
