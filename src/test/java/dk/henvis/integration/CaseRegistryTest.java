package dk.henvis.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.integration.caseregistry.CaseRegistryCall;
import dk.henvis.support.Api;
import dk.henvis.support.Cprs;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CaseRegistryTest.WithCaseRegistry.class)
class CaseRegistryTest {

    public static class WithCaseRegistry implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeCaseRegistry.class));
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeTheCircuit() {
        breakers.reset(CaseRegistryCall.BREAKER);
    }

    /** A Tidlig Forebyggelse referral (the programme excludes open cases) with a CPR of its own. */
    private static Map<String, Object> withCpr(FakeCaseRegistry.Behaviour behaviour) {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        LocalDate birth = Referrals.today().minusYears(10).minusDays(ThreadLocalRandom.current().nextInt(2000));
        Referrals.part(body, "subject").put("birthDate", birth.toString());
        String cpr = Cprs.forBirthDate(birth);
        Referrals.part(body, "subject").put("cpr", cpr);
        FakeCaseRegistry.BY_CPR.put(cpr, behaviour);
        return body;
    }

    private static String cprOf(Map<String, Object> body) {
        return (String) Referrals.part(body, "subject").get("cpr");
    }

    @Test
    void aChildWithAnOpenCaseInTheCaseSystemIsRefusedAsOpenCase() {
        Api.as("coordinator").body(withCpr(FakeCaseRegistry.Behaviour.OPEN)).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/open-case"));
    }

    @Test
    void aChildWithoutAnOpenCaseIsAcceptedWithoutAFlag() {
        String id = Referrals.create(withCpr(FakeCaseRegistry.Behaviour.NONE));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then()
                .body("needsOpenCaseCheck", equalTo(false)).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void theCprGoesOnlyInThePostBody() {
        Map<String, Object> body = withCpr(FakeCaseRegistry.Behaviour.NONE);
        Referrals.create(body);
        FakeCaseRegistry.Request request = FakeCaseRegistry.REQUESTS.stream()
                .filter(r -> r.body().contains(cprOf(body))).findFirst().orElseThrow();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).doesNotContain(cprOf(body)).doesNotContain(cprOf(body).substring(0, 6));
        assertThat(request.query()).isNull();
        assertThat(request.body()).isEqualTo("{\"cpr\":\"" + cprOf(body) + "\"}");
    }

    @Test
    void whenTheCaseSystemIsTooSlowTheReferralIsTakenAndFlaggedWithinTheTimeout() {
        long started = System.nanoTime();
        String id = Referrals.create(withCpr(FakeCaseRegistry.Behaviour.SLOW));
        long millis = (System.nanoTime() - started) / 1_000_000;

        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("needsOpenCaseCheck", equalTo(true));
        // Two attempts that each waited the fake's full 3 s would take over 6 s; the 500 ms timeout cuts them short.
        assertThat(millis).as("two attempts of 500 ms, not two of the fake's 3 s").isLessThan(5500);
    }

    @Test
    void whenTheCaseSystemIsDownTheReferralIsTakenAndFlagged() throws Exception {
        FakeCaseRegistry.down();
        try {
            String id = Referrals.create(withCpr(FakeCaseRegistry.Behaviour.NONE));
            Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                    .body("needsOpenCaseCheck", equalTo(true));
        } finally {
            FakeCaseRegistry.up();
        }
    }

    @Test
    void whenTheCaseSystemAnswersAnErrorTheReferralIsFlaggedNotRefused() {
        String id = Referrals.create(withCpr(FakeCaseRegistry.Behaviour.ERROR));
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("needsOpenCaseCheck", equalTo(true));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndTheCaseSystemIsNotAskedUntilItCloses() {
        for (int i = 0; i < 3; i++) {
            Referrals.create(withCpr(FakeCaseRegistry.Behaviour.ERROR)); // 2 attempts each
        }
        Map<String, Object> body = withCpr(FakeCaseRegistry.Behaviour.OPEN);
        // Circuit open: not asked, so not refused but flagged.
        String id = Referrals.create(body);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("needsOpenCaseCheck", equalTo(true));
        assertThat(FakeCaseRegistry.REQUESTS.stream().filter(r -> r.body().contains(cprOf(body)))).isEmpty();
    }

    @Test
    void withoutACprTheCaseSystemIsNotAsked() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        int before = FakeCaseRegistry.REQUESTS.size();
        String id = Referrals.create(body);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().body("needsOpenCaseCheck", equalTo(false));
        assertThat(FakeCaseRegistry.REQUESTS).hasSize(before);
    }

    @Test
    void aProgrammeThatAllowsOpenCasesDoesNotAskTheCaseSystem() {
        Map<String, Object> body = Referrals.sandplay();
        LocalDate birth = LocalDate.parse((String) Referrals.part(body, "subject").get("birthDate"));
        String cpr = Cprs.forBirthDate(birth);
        Referrals.part(body, "subject").put("cpr", cpr);
        FakeCaseRegistry.BY_CPR.put(cpr, FakeCaseRegistry.Behaviour.OPEN);

        Referrals.create(body);

        assertThat(FakeCaseRegistry.REQUESTS.stream().filter(r -> r.body().contains(cpr))).isEmpty();
    }
}
