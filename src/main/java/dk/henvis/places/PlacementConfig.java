package dk.henvis.places;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of groups, placement and the waiting list (prefix henvis.placement). */
@ConfigMapping(prefix = "henvis.placement")
public interface PlacementConfig {

    /** How many of a programme's most recently ended placements the wait estimate averages. */
    @WithDefault("20")
    int courseHistory();

    /** Typical course length in days per programme code, used while a programme has no ended placements. */
    Map<String, Integer> typicalCourseDays();

    /** Typical course length in days for a programme without its own entry. */
    @WithDefault("90")
    int defaultCourseDays();

    /** How often a placement that met a lock conflict (deadlock, lock timeout) is retried before a 409. */
    @WithDefault("3")
    int lockRetries();

    /**
     * How often a promotion that found every waiting referral locked by another change is tried again after
     * its transaction, and the pause before the first retry (each further one waits that much longer).
     */
    @WithDefault("20")
    int promotionRetries();

    @WithDefault("PT0.02S")
    java.time.Duration promotionRetryPause();

    /** When the nightly job sets started cohort groups CLOSED (a Quartz cron in Europe/Copenhagen time; "off" disables it). */
    @WithDefault("0 5 0 * * ?")
    String cohortClosingCron();
}
