package dk.henvis.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A score on the programme's scale (the well-being ruler 1-10 by default). Statistics, not personal data. */
@Entity
public class Measurement extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID referralId;
    @Enumerated(EnumType.STRING)
    public MeasurementPhase phase;
    public int score;
    public LocalDate measuredAt;
    public Instant createdAt;
}
