package dk.henvis.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of time; tests replace it with a clock they can move. */
public class ClockProducer {

    /** Dates (ages, due dates, reports) are computed in the municipality's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
