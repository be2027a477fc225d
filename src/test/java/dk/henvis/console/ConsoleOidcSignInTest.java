package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The production sign-in: OIDC in hybrid mode against a stand-in provider (quarkus-test-oidc-server). A browser on
 * /console goes through the authorization-code flow; the API keeps taking bearer tokens and still answers a
 * caller without one with a 401 problem, never a redirect to the provider.
 */
@QuarkusTest
@TestProfile(ConsoleOidcSignInTest.ProductionSignIn.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class ConsoleOidcSignInTest extends InTheBrowser {

    /** The prod profile's sign-in settings (application.properties, %prod) on the test profile's database. */
    public static class ProductionSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.http.auth.form.enabled", "false"),
                    Map.entry("quarkus.http.auth.basic", "false"),
                    Map.entry("quarkus.oidc.tenant-enabled", "true"),
                    Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                    // The stand-in provider's ID tokens name this audience; a real provider names the client id.
                    Map.entry("quarkus.oidc.client-id", "https://id.server.example.com"),
                    Map.entry("quarkus.oidc.credentials.secret", "secret"),
                    Map.entry("quarkus.oidc.roles.role-claim-path", "groups"),
                    Map.entry("quarkus.oidc.token-state-manager.encryption-secret", "test-only-oidc-session-key-0000000000"),
                    // Its user "alice" is in the groups user and admin; here she coordinates.
                    Map.entry("quarkus.http.auth.roles-mapping.admin", "COORDINATOR"),
                    Map.entry("quarkus.http.auth.permission.console.auth-mechanism", "code"),
                    Map.entry("quarkus.http.auth.permission.api.paths", "/api/*"),
                    Map.entry("quarkus.http.auth.permission.api.policy", "permit"),
                    Map.entry("quarkus.http.auth.permission.api.auth-mechanism", "bearer"));
        }
    }

    @Test
    void aCoordinatorSignsInAtTheProviderAndLandsOnTheWorklistThenSignsOut() {
        Page page = browser.anonymous();
        page.setDefaultTimeout(20_000);
        page.navigate(base() + "/console");
        assertThat(page.url()).as("the provider's sign-in page").contains("/auth/realms/quarkus");
        page.locator("#username").fill("alice");
        page.locator("#password").fill("alice");
        page.locator("#login").click();
        page.waitForURL("**/console");
        assertThat(page).hasTitle("Arbejdsliste – henvis");
        assertThat(page.locator("header")).containsText("alice");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
        page.waitForURL("**/console/login?ud=1");
        assertThat(page.locator("main")).containsText("Du er logget ud");
        assertThat(page.context().cookies()).noneMatch(c -> c.name.startsWith("q_session"));
        Browser.assertAccessible(page);
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheProvider() {
        Response response = given().redirects().follow(false).accept("text/html").get("/console/referrals");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/auth/realms/quarkus").contains("response_type=code");
    }

    @Test
    void theApiAnswersACallerWithoutATokenWithA401ProblemNotARedirect() {
        Response response = given().redirects().follow(false).accept("text/html,application/json")
                .get("/api/v1/referrals");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theApiTakesTheProvidersBearerToken() {
        String token = OidcWiremockTestResource.getAccessToken("alice", Set.of("admin"));
        given().auth().oauth2(token).accept("application/json").get("/api/v1/referrals").then().statusCode(200);
    }

    @Test
    void theSignInPageOnlyLinksToTheProvider() {
        String page = given().get("/console/login").then().statusCode(200).extract().asString();
        assertThat(page).contains("kommunens fælles login", "href=\"/console\"").doesNotContain("j_password");
    }
}
