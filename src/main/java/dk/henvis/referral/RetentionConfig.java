package dk.henvis.referral;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the retention job (the retention period itself is henvis.retention.period). */
@ConfigMapping(prefix = "henvis.privacy")
public interface RetentionConfig {

    /** How often the retention job runs (a Quarkus "every" expression; "off" disables it). */
    @WithDefault("1h")
    String retentionEvery();

    /** Referrals anonymised per transaction. */
    @WithDefault("100")
    int retentionBatchSize();

    /** How long an instance may hold the job lock before another may take it over (a crashed run). */
    @WithDefault("PT15M")
    Duration retentionLockLease();
}
