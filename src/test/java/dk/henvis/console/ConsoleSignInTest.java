package dk.henvis.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsoleSignInTest {

    @Test
    void theRootAddressLeadsToTheConsole() {
        Response response = given().redirects().follow(false).get("/");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/console");
    }

    @Test
    void aConsolePageAsksAnUnknownVisitorToSignIn() {
        Response response = given().redirects().follow(false).get("/console");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/console/login");
    }

    @Test
    void theSignInPageListsTheDemoUsersInDanish() {
        String page = given().get("/console/login").then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"da\">", "name=\"j_username\"", "name=\"j_password\"",
                "action=\"/j_security_check\"", "<code>coordinator</code>", "<code>health-visitor</code>");
    }

    @Test
    void theApiStillAnswersAnUnknownCallerWithA401ProblemNotARedirect() {
        Response response = given().redirects().follow(false).accept("application/json").get("/api/v1/referrals");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Api.as("coordinator").get("/api/v1/referrals").then().statusCode(200);
    }

    @Test
    void aSignedInCoordinatorSeesTheWorklist() {
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        Response response = coordinator.get("/console");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("<title>Arbejdsliste – henvis</title>", "Nye henvisninger");
    }

    @Test
    void aReferrerSeesItsOwnReferralsAndNotTheCoordinatorsList() {
        ConsoleSession school = ConsoleSession.signIn("school");
        String page = school.get("/console").asString();
        assertThat(page).contains("Dine henvisninger").doesNotContain("Arbejdsliste", "Nye henvisninger");
        assertThat(school.get("/console/referrals").statusCode()).isEqualTo(403);
    }

    @Test
    void eachRolesMenuOffersItsOwnPagesOnly() {
        assertThat(ConsoleSession.signIn("school").get("/console").asString())
                .contains("href=\"/console/referrals/new\">Ny henvisning</a>", ">Mine henvisninger</a>")
                .doesNotContain(">Rapporter</a>", ">Mine grupper</a>");
        assertThat(ConsoleSession.signIn("practitioner").get("/console").asString())
                .contains(">Mine grupper</a>").doesNotContain(">Ny henvisning</a>", ">Rapporter</a>");
        assertThat(ConsoleSession.signIn("analyst").get("/console").asString())
                .contains(">Rapporter</a>").doesNotContain(">Arbejdsliste</a>", ">Mine henvisninger</a>");
        assertThat(ConsoleSession.signIn("coordinator").get("/console").asString())
                .contains(">Arbejdsliste</a>", ">Rapporter</a>").doesNotContain(">Mine henvisninger</a>");
    }

    @Test
    void consolePagesForbidInlineScriptAndFraming() {
        Response response = ConsoleSession.signIn("coordinator").get("/console");
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.asString()).doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain(" style=");
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console").asString();
        Response out = coordinator.submit(page, "/console/logout", java.util.Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(coordinator.get("/console").statusCode()).isEqualTo(302);
    }
}
