package dk.henvis.outcome;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** {@code measuredAt} defaults to today; the score is checked against the programme's scale (422). */
public record MeasurementRequest(@NotNull MeasurementPhase phase, @NotNull Integer score, LocalDate measuredAt) {
}
