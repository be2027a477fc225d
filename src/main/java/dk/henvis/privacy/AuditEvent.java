package dk.henvis.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Who touched which referral's personal data, when and how. Append-only; holds no personal data itself. */
@Entity
@Immutable
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "occurred_at")
    public Instant at;
    public String actor;
    public String role;
    public String organisation;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    public UUID referralId;
    /** Method and route template, e.g. "GET /api/v1/referrals/{id}"; never a concrete URL with values. */
    public String endpoint;
}
