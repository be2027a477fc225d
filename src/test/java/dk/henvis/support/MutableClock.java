package dk.henvis.support;

import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests. It starts at a fixed instant the suite chooses (system property
 * {@code henvis-test.clock-start}, set from the Maven property of the same name), runs on in real time
 * from there, and a test can move it forward or back. A fixed start keeps the suite off today's calendar;
 * moving the start runs the suite at a month's end, on 29 February or at a change of summer time.
 * It replaces the default Clock bean because that one is a @DefaultBean.
 */
@Singleton
public class MutableClock extends Clock {

    public static final String START_PROPERTY = "henvis-test.clock-start";
    public static final Instant START = Instant.parse(System.getProperty(START_PROPERTY, "2026-06-10T10:00:00Z"));
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    // The JVM's start, not this class's loading, so every copy of the class (test and application class
    // loaders) tells the same time.
    private static final Instant REAL_START = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    // Static, so helpers without the bean (support/Referrals) see the moves a test made.
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** The tests' now, including any move. */
    public static Instant now() {
        return START.plus(Duration.between(REAL_START, Instant.now())).plus(OFFSET.get());
    }

    /** The tests' today in the municipality's zone. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public void advance(Duration by) {
        OFFSET.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(zone);
    }

    @Override
    public Instant instant() {
        return now();
    }

    /** This clock seen from another zone: the same instants. */
    private static final class Zoned extends Clock {

        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(other);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
