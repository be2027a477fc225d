package dk.henvis.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An individual session; {@code attended} defaults to true, {@code type} to REGULAR. */
public record IndividualSessionRequest(@NotNull LocalDate date, SessionType type, Boolean attended,
                                       @Min(1) @Max(600) Integer durationMinutes) {

    public SessionType typeOrDefault() {
        return type == null ? SessionType.REGULAR : type;
    }

    public boolean wasAttended() {
        return attended == null || attended;
    }
}
