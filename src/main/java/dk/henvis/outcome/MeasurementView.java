package dk.henvis.outcome;

import java.time.LocalDate;
import java.util.UUID;

public record MeasurementView(UUID id, UUID referralId, MeasurementPhase phase, int score, LocalDate measuredAt) {

    public static MeasurementView of(Measurement m) {
        return new MeasurementView(m.id, m.referralId, m.phase, m.score, m.measuredAt);
    }
}
