package dk.henvis.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the prod profile with settings that would make it unsafe: the demo users switched on,
 * OIDC switched off or not configured, or no CPR key (Vault checks the key's shape).
 */
@ApplicationScoped
public class ProductionReadiness {

    /** Quarkus OIDC's least length for the key that encrypts its session cookie. */
    static final int MIN_SESSION_KEY = 32;

    void check(@Observes StartupEvent start, Config config) {
        List<String> profiles = ConfigUtils.getProfiles();
        if (LaunchMode.current() != LaunchMode.NORMAL || !profiles.contains("prod")) {
            return;
        }
        List<String> problems = problems(
                config.getOptionalValue("quarkus.security.users.embedded.enabled", Boolean.class).orElse(false)
                        || embeddedUsersConfigured(config.getPropertyNames()),
                config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true),
                config.getOptionalValue("quarkus.oidc.auth-server-url", String.class),
                config.getOptionalValue("quarkus.oidc.public-key", String.class),
                config.getOptionalValue("henvis.cpr.key", String.class));
        problems.addAll(consoleSignInProblems(
                config.getOptionalValue("quarkus.oidc.application-type", String.class).orElse("service"),
                config.getOptionalValue("quarkus.oidc.credentials.secret", String.class),
                config.getOptionalValue("quarkus.oidc.token-state-manager.encryption-secret", String.class)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("henvis refuses to start in the prod profile:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** Any user of the embedded realm set for the running profile, as a property or as an environment variable. */
    static boolean embeddedUsersConfigured(Iterable<String> propertyNames) {
        for (String name : propertyNames) {
            String normalised = name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            if (!name.startsWith("%") && (normalised.startsWith("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_")
                    || normalised.startsWith("HENVIS_DEMO_USERS_"))) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with a production configuration; empty when it is fit to run. */
    static List<String> problems(boolean embeddedUsers, boolean oidcEnabled, Optional<String> oidcUrl,
                                 Optional<String> oidcPublicKey, Optional<String> cprKey) {
        List<String> problems = new ArrayList<>();
        if (embeddedUsers) {
            problems.add("the demo users are enabled or configured (quarkus.security.users.embedded.enabled, "
                    + "quarkus.security.users.embedded.users.*, henvis.demo-users.*); they exist only in the demo profile. "
                    + "Remove those settings, or build with -Dquarkus.profile=demo to try henvis out.");
        }
        if (!oidcEnabled) {
            problems.add("OIDC sign-in is switched off (quarkus.oidc.tenant-enabled=false); production needs it.");
        } else if (blank(oidcUrl) && blank(oidcPublicKey)) {
            problems.add("no OIDC provider: set HENVIS_OIDC_URL (quarkus.oidc.auth-server-url) to the issuer's URL.");
        }
        if (blank(cprKey)) {
            problems.add("no CPR encryption key: set HENVIS_CPR_KEY to a base64-encoded 256-bit key "
                    + "(e.g. 'openssl rand -base64 32').");
        }
        return problems;
    }

    /**
     * The console signs people in with the provider (OIDC hybrid): it needs the client's secret to fetch their
     * tokens, and one session key on every replica, or a signed-in person's next request on another replica fails.
     */
    static List<String> consoleSignInProblems(String applicationType, Optional<String> clientSecret,
                                              Optional<String> sessionKey) {
        List<String> problems = new ArrayList<>();
        if (!applicationType.equalsIgnoreCase("hybrid") && !applicationType.equalsIgnoreCase("web-app")) {
            return problems;
        }
        if (blank(clientSecret)) {
            problems.add("no OIDC client secret: set HENVIS_OIDC_CLIENT_SECRET; the console signs people in with it.");
        }
        if (sessionKey.map(String::length).orElse(0) < MIN_SESSION_KEY) {
            problems.add("no session key of at least " + MIN_SESSION_KEY + " characters: set HENVIS_SESSION_KEY "
                    + "(e.g. 'openssl rand -base64 32'), the same on every replica.");
        }
        return problems;
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
