package dk.henvis.referral;

import dk.henvis.common.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of a referral's status history. Appended, never updated or deleted; holds no personal data. */
@Entity
@Immutable
@Table(name = "referral_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID referralId;
    public int position;
    @Enumerated(EnumType.STRING)
    public ReferralStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public ReferralStatus toStatus;
    @Column(name = "changed_at")
    public Instant at;
    public String actor;
    public String reason;

    static StatusChange of(UUID referralId, int position, ReferralStatus from, ReferralStatus to, Instant at, String actor,
                               String reason) {
        StatusChange change = new StatusChange();
        change.id = Ids.next();
        change.referralId = referralId;
        change.position = position;
        change.fromStatus = from;
        change.toStatus = to;
        change.at = at;
        change.actor = actor;
        change.reason = reason;
        return change;
    }

    public static List<StatusChange> of(UUID referralId) {
        return list("referralId", Sort.by("position"), referralId);
    }
}
