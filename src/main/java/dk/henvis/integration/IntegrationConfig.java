package dk.henvis.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the integration feature: idempotency, webhooks, the case registry. */
@ConfigMapping(prefix = "henvis.integration")
public interface IntegrationConfig {

    Idempotency idempotency();

    Webhooks webhooks();

    CaseRegistry caseRegistry();

    Metrics metrics();

    interface Metrics {
        /** How often the business gauges are read from the database ("off" to disable). */
        @WithDefault("30s")
        String refreshEvery();
    }

    interface Idempotency {
        /** How long a key and its first response are kept. */
        @WithDefault("PT24H")
        Duration keep();

        /**
         * A key committed "in progress" (only by a replica that claimed keys in a transaction of their own)
         * and still so after this long belongs to a request that died; a retry may take it over.
         */
        @WithDefault("PT60S")
        Duration abandonedAfter();

        /** How often expired keys are removed ("off" to disable); read by the @Scheduled expression. */
        @WithDefault("15m")
        String cleanupEvery();
    }

    interface Webhooks {
        /** How often due deliveries are sent ("off" to disable); read by the @Scheduled expression. */
        @WithDefault("5s")
        String dispatchEvery();

        /** First retry delay; it doubles per attempt up to {@link #maxDelay()}. */
        @WithDefault("PT10S")
        Duration retryBase();

        @WithDefault("PT1H")
        Duration maxDelay();

        /** A delivery not accepted within this time after the event is given up and shown as FAILED. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /**
         * Time a replica holds a claimed delivery before another may try it: how soon the deliveries of a
         * replica that died are taken over. Each claim takes only what can be sent within it.
         */
        @WithDefault("PT30S")
        Duration lease();

        @WithDefault("PT5S")
        Duration timeout();

        @WithDefault("20")
        int batchSize();

        /** Plain http receivers (not https) are refused unless this is true (tests, local trials). */
        @WithDefault("false")
        boolean allowHttp();

        /** How long delivered deliveries and their events are kept. */
        @WithDefault("P7D")
        Duration keepDelivered();
    }

    interface CaseRegistry {
        /** Base URL of the municipality's case system; absent = not asked. */
        Optional<String> url();
    }
}
