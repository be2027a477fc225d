package dk.henvis.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A group session; attendance follows through PUT /sessions/{id}/attendance. */
public record GroupSessionRequest(@NotNull LocalDate date, SessionType type, @Min(1) @Max(600) Integer durationMinutes) {

    public SessionType typeOrDefault() {
        return type == null ? SessionType.REGULAR : type;
    }
}
