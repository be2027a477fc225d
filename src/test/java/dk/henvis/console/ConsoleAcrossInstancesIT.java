package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.support.PackagedInstances;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service (the prod build, OIDC hybrid) behind one identity provider (a stand-in,
 * quarkus-test-oidc-server): a coordinator signs in on one and her next requests, landing on the other, still
 * work, forms included, because both read the session cookie and the form tokens with the same keys. Runs in the
 * integration-test phase of ./mvnw verify -Ppostgres.
 */
class ConsoleAcrossInstancesIT {

    private static OidcWiremockTestResource provider;
    private static PackagedInstances instances;
    private static PackagedInstances.Instance first;
    private static PackagedInstances.Instance second;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        // Read once when the stand-in provider's class loads: its user "alice" coordinates.
        System.setProperty("quarkus.test.oidc.token.admin-roles", "COORDINATOR");
        provider = new OidcWiremockTestResource();
        String url = provider.start().get("keycloak.url") + "/realms/quarkus/";
        instances = new PackagedInstances("console-instances");
        // The stand-in provider's ID tokens name this audience; a real provider names the client id.
        Map<String, String> signIn = Map.of("HENVIS_OIDC_URL", url, "HENVIS_OIDC_CLIENT_ID", "https://id.server.example.com",
                "HENVIS_OIDC_ROLES_CLAIM", "groups");
        first = instances.start(signIn);
        second = instances.start(signIn);
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (instances != null) {
            instances.close();
        }
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void aCoordinatorSignedInOnOneReplicaWithdrawsAReferralOnTheOther() {
        String token = OidcWiremockTestResource.getAccessToken("alice", Set.of("COORDINATOR"));
        Map<String, Object> created = given().baseUri(first.base()).auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(referral()).post("/api/v1/referrals").then().statusCode(201)
                .extract().as(Map.class);
        String id = (String) created.get("id");

        Page page = browser.anonymous();
        page.setDefaultTimeout(30_000);
        page.navigate(first.base() + "/console");
        page.locator("#username").fill("alice");
        page.locator("#password").fill("alice");
        page.locator("#login").click();
        page.waitForURL(first.base() + "/console");
        assertThat(page).hasTitle("Arbejdsliste – henvis");

        // Cookies belong to the host, not the port: the browser brings the same session to the other replica.
        page.navigate(second.base() + "/console/referrals/" + id);
        assertThat(page).hasTitle("Henvisning " + created.get("reference") + " – henvis");
        page.locator("form[action$='/withdraw'] select").selectOption("NO_LONGER_NEEDED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Træk tilbage")).click();
        assertThat(page.locator("h1")).containsText("Trukket tilbage");
        assertThat(page.url()).startsWith(second.base());

        given().baseUri(first.base()).auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/referrals/" + id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    private static Map<String, Object> referral() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Map<String, Object> body = new HashMap<>();
        body.put("programmeCode", "tidlig-forebyggelse");
        body.put("referrer", Map.of("role", "SCHOOL", "organisation", "Vestskolen", "name", "Lise Holm"));
        body.put("subject", Map.of("type", "CHILD", "name", "Barn " + UUID.randomUUID().toString().substring(0, 8),
                "birthDate", today.minusYears(10).toString(), "hasOpenCase", false));
        body.put("contact", Map.of("name", "Anne N.", "relation", "MOTHER", "phone", "+4512345678"));
        body.put("reason", Map.of("category", "WELLBEING", "description", "Trækker sig"));
        body.put("wellbeingScore", 4);
        body.put("priority", "NORMAL");
        body.put("consent", Map.of("given", true, "givenBy", "Anne N.", "date", today.minusDays(1).toString()));
        return body;
    }
}
