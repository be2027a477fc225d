package dk.henvis.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A participant's attendance at a group session. */
@Entity
@IdClass(Attendance.Key.class)
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID sessionId;
    @Id
    public UUID referralId;
    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    public static List<Attendance> of(UUID sessionId) {
        return list("sessionId = ?1 order by referralId", sessionId);
    }

    public record Key(UUID sessionId, UUID referralId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
