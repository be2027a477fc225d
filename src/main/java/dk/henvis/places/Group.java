package dk.henvis.places;

import dk.henvis.common.FieldError;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A group of a programme: a standing group (Fønix), a cohort (Pusterummet), a run (Sandplay) or a
 * team's caseload (Tidlig Forebyggelse). {@code occupiedPlaces} is only ever changed by the
 * conditional updates in {@link Places}; the entity never writes it back.
 */
@Entity
@Table(name = "programme_group")
public class Group extends PanacheEntityBase {

    private static final String LEADER_SEPARATOR = "\n";

    @Id
    public UUID id;
    public String programmeCode;
    public String name;
    public int capacity;
    @Column(updatable = false)
    public int occupiedPlaces;
    public Integer minParticipants;
    public LocalDate startDate;
    public LocalDate endDate;
    @Column(name = "leaders")
    String leadersText;
    @Enumerated(EnumType.STRING)
    public GroupStatus status;
    public Instant createdAt;
    @Version
    public long version;

    public List<String> leaders() {
        return leadersText == null || leadersText.isEmpty() ? List.of() : Arrays.asList(leadersText.split(LEADER_SEPARATOR));
    }

    public void leaders(List<String> names) {
        leadersText = names == null ? null : String.join(LEADER_SEPARATOR, names.stream().map(String::trim).toList());
    }

    /**
     * The rules a group's settings obey together, checked on creation and on every change (so both apply
     * the same rule): the period runs forward and the minimum fits the capacity.
     */
    public void requireConsistentSettings() {
        List<FieldError> errors = new ArrayList<>();
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must not be before startDate (" + startDate + ")"));
        }
        if (minParticipants != null && minParticipants > capacity) {
            errors.add(new FieldError("minParticipants", "must not exceed capacity (" + capacity + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The request is not valid: " + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }

    public int freePlaces() {
        return Math.max(0, capacity - occupiedPlaces);
    }

    public boolean isOpen() {
        return status == GroupStatus.OPEN;
    }
}
