package dk.henvis.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

public final class Dates {

    /** Every date and timestamp a client sends lies in these years: earlier or later ones are typing mistakes. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String OUT_OF_RANGE = "must lie from " + EARLIEST + " to " + LATEST;
    private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    private Dates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ClockProducer.ZONE).toLocalDate();
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** In UTC: from 1900-01-01T00:00:00Z to the last instant of 2100-12-31. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(AFTER_LATEST_INSTANT);
    }

    /** Timestamps are kept to the microsecond, as both databases store them. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
