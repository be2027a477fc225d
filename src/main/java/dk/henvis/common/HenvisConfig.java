package dk.henvis.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "henvis")
public interface HenvisConfig {

    Security security();

    /** Organisation and referrer role of the demo users (embedded default only). */
    Map<String, DemoUser> demoUsers();

    Cpr cpr();

    Retention retention();

    Http http();

    Jobs jobs();

    interface Http {
        /**
         * Longest time a request's body may take to arrive in full; it is read before a worker thread is
         * taken, and a slower one is answered 408.
         */
        @WithDefault("10s")
        Duration bodyReadTimeout();
    }

    interface Jobs {
        /** Threads of the executor the scheduled jobs run on, apart from the request workers. */
        @WithDefault("2")
        int threads();
    }

    interface Security {
        /** Token claim holding the referrer's organisation. */
        @WithDefault("organisation")
        String organisationClaim();

        /** Token claim holding the referrer's role (HEALTH_VISITOR, SCHOOL, …). */
        @WithDefault("referrer_role")
        String referrerRoleClaim();

        /** Token claim listing the programme codes a practitioner works in. */
        @WithDefault("programmes")
        String programmesClaim();
    }

    interface DemoUser {
        Optional<String> organisation();

        Optional<String> referrerRole();

        /** Programmes a practitioner works in; "*" for all. */
        @WithDefault("*")
        Set<String> programmes();
    }

    interface Cpr {
        /** Base64 of a 256-bit AES key for CPR numbers at rest. Required in production. */
        Optional<String> key();
    }

    interface Retention {
        /** How long after a referral closes its personal fields are kept. */
        @WithDefault("P365D")
        Duration period();
    }
}
