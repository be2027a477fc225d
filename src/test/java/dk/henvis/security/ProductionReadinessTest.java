package dk.henvis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionReadinessTest {

    private static final Optional<String> URL = Optional.of("https://login.example.dk/realms/henvis");
    private static final Optional<String> KEY = Optional.of("c29tZS1rZXk=");

    @Test
    void aCompleteProductionConfigurationStarts() {
        assertThat(ProductionReadiness.problems(false, true, URL, Optional.empty(), KEY)).isEmpty();
    }

    @Test
    void theDemoUsersInProductionRefuseToStartWithAClearMessage() {
        assertThat(ProductionReadiness.problems(true, true, URL, Optional.empty(), KEY))
                .singleElement().asString().contains("demo users are enabled")
                .contains("quarkus.security.users.embedded.enabled");
    }

    @Test
    void productionWithoutOidcRefusesToStart() {
        assertThat(ProductionReadiness.problems(false, false, URL, Optional.empty(), KEY))
                .singleElement().asString().contains("quarkus.oidc.tenant-enabled=false");
        assertThat(ProductionReadiness.problems(false, true, Optional.of(" "), Optional.empty(), KEY))
                .singleElement().asString().contains("HENVIS_OIDC_URL");
    }

    @Test
    void productionWithoutACprKeyRefusesToStart() {
        assertThat(ProductionReadiness.problems(false, true, URL, Optional.empty(), Optional.empty()))
                .singleElement().asString().contains("HENVIS_CPR_KEY");
    }

    @Test
    void demoUsersConfiguredForTheRunningProfileAreDetected() {
        assertThat(ProductionReadiness.embeddedUsersConfigured(java.util.List.of("quarkus.http.port",
                "%demo,test.quarkus.security.users.embedded.users.admin", "%demo.henvis.demo-users.school.organisation")))
                .isFalse();
        assertThat(ProductionReadiness.embeddedUsersConfigured(java.util.List.of("quarkus.security.users.embedded.users.admin")))
                .isTrue();
        assertThat(ProductionReadiness.embeddedUsersConfigured(java.util.List.of("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN")))
                .isTrue();
        assertThat(ProductionReadiness.embeddedUsersConfigured(java.util.List.of("henvis.demo-users.school.organisation")))
                .isTrue();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(ProductionReadiness.problems(true, false, Optional.empty(), Optional.empty(), Optional.empty())).hasSize(3);
    }

    @Test
    void theConsolesSignInNeedsTheClientSecretAndOneSessionKeyForEveryReplica() {
        String key = "k".repeat(ProductionReadiness.MIN_SESSION_KEY);
        assertThat(ProductionReadiness.consoleSignInProblems("hybrid", Optional.of("secret"), Optional.of(key))).isEmpty();
        assertThat(ProductionReadiness.consoleSignInProblems("hybrid", Optional.empty(), Optional.of(key)))
                .singleElement().asString().contains("HENVIS_OIDC_CLIENT_SECRET");
        assertThat(ProductionReadiness.consoleSignInProblems("hybrid", Optional.of("secret"), Optional.of("short")))
                .singleElement().asString().contains("HENVIS_SESSION_KEY");
    }

    @Test
    void anApiOnlyServiceNeedsNeitherSecretNorSessionKey() {
        assertThat(ProductionReadiness.consoleSignInProblems("service", Optional.empty(), Optional.empty())).isEmpty();
    }
}
