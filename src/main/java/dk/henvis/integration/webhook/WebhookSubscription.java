package dk.henvis.integration.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Entity
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    /** The signing secret, AES-GCM encrypted with the service key; given to the subscriber once. */
    public String secretEncrypted;
    /** Comma-separated event types. */
    public String eventTypes;
    /** When set, only events of referrals from this organisation are delivered. */
    public String organisation;
    public String createdBy;
    public Instant createdAt;
    public boolean active;

    public Set<String> types() {
        return Arrays.stream(eventTypes.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }
}
