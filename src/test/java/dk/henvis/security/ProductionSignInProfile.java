package dk.henvis.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Production sign-in: OIDC bearer tokens checked against a TEST-ONLY public key (no OIDC server), no demo
 * users, and claim names other than the defaults to show they are configurable.
 */
public class ProductionSignInProfile implements QuarkusTestProfile {

    static final String ISSUER = "https://test-only.henvis.invalid";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.oidc.tenant-enabled", "true"),
                // Bearer tokens verified with a local key: an API-only service (a public key rules out hybrid).
                Map.entry("quarkus.oidc.application-type", "service"),
                Map.entry("quarkus.oidc.public-key", publicKey()),
                Map.entry("quarkus.oidc.token.issuer", ISSUER),
                Map.entry("quarkus.oidc.roles.role-claim-path", "henvis_roles"),
                Map.entry("henvis.security.organisation-claim", "municipal_org"),
                Map.entry("henvis.security.referrer-role-claim", "referrer_kind"),
                Map.entry("henvis.security.programmes-claim", "works_in"),
                Map.entry("quarkus.security.users.embedded.enabled", "false"),
                Map.entry("quarkus.http.auth.basic", "false"),
                Map.entry("quarkus.keycloak.devservices.enabled", "false"),
                // Production signs people in with OIDC, never with the demo form.
                Map.entry("quarkus.http.auth.form.enabled", "false"),
                Map.entry("quarkus.http.auth.permission.console.auth-mechanism", "bearer"));
    }

    private static String publicKey() {
        try (InputStream in = ProductionSignInProfile.class.getResourceAsStream("/test-only-jwt/publicKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
