package dk.henvis.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

public final class Dates {

    private Dates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ClockProducer.ZONE).toLocalDate();
    }

    /** Timestamps are kept to the microsecond, as both databases store them. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
