package dk.henvis.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One session: an individual one (referralId, attended) or a group one (groupId, attendance rows). */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID referralId;
    public UUID groupId;
    public String programmeCode;
    public LocalDate sessionDate;
    @Enumerated(EnumType.STRING)
    public SessionType type;
    public Integer durationMinutes;
    public Boolean attended;
    public Instant createdAt;
    public String createdBy;

    public boolean isGroupSession() {
        return groupId != null;
    }

    /** Whether attending this session uses one of the participant's sessions. */
    public boolean counts() {
        return type.countsAgainstLimit();
    }
}
