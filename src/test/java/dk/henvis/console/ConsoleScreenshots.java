package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.places.Fixtures;
import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Draws the README's pictures of the console into the folder named by -Dconsole.screenshots (docs):
 * {@code ./mvnw test -Dtest=ConsoleScreenshots -Dconsole.screenshots=docs}. Off in the ordinary build.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "console.screenshots", matches = ".+")
class ConsoleScreenshots {

    @TestHTTPResource("/")
    URL root;
    @jakarta.inject.Inject
    dk.henvis.support.MutableClock clock;

    @Test
    void theWorklistAReferralAndAGroupAreDrawn() {
        Path folder = Path.of(System.getProperty("console.screenshots")).toAbsolutePath();
        String base = InTheBrowser.withoutTrailingSlash(root);
        String group = Fixtures.group("fonix", Map.of("name", "Fønix forår", "capacity", 8,
                "leaders", java.util.List.of("Sundhedsplejerske Mette", "Psykolog Jonas")));
        String shown = null;
        for (int i = 0; i < 4; i++) {
            String id = Referrals.create("health-visitor", Referrals.fonix());
            if (i < 2) {
                Referrals.firstContact(id);
                Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(200);
                Fixtures.place(id, group).statusCode(200);
            }
            shown = id;
        }
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(base, "coordinator");
            page.navigate(base + "/console?programme=fonix");
            assertThat(page.locator("h1")).hasText("Arbejdsliste");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-worklist.png")).setFullPage(true));
            page.navigate(base + "/console/referrals/" + shown);
            assertThat(page.locator("h1")).containsText("Henvisning");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-referral.png")).setFullPage(true));
            page.navigate(base + "/console/groups/" + group);
            assertThat(page.locator("h1")).containsText("Fønix forår");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-group.png")).setFullPage(true));
        }
    }

    @Test
    void thePractitionersGroupsAGroupSessionFormAndACourseAreDrawn() {
        Path folder = Path.of(System.getProperty("console.screenshots")).toAbsolutePath();
        String base = InTheBrowser.withoutTrailingSlash(root);
        String group = Fixtures.group("fonix", Map.of("name", "Fønix efterår", "capacity", 8,
                "leaders", java.util.List.of("Sundhedsplejerske Mette", "Psykolog Jonas")));
        String shown = null;
        for (int i = 0; i < 3; i++) {
            String id = Referrals.accepted(Referrals.fonix());
            Fixtures.place(id, group).statusCode(200);
            shown = id;
        }
        dk.henvis.session.Courses.measure(shown, "START", 4, Referrals.today()).statusCode(201);
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(base, "practitioner");
            assertThat(page.locator("h1")).hasText("Mine grupper");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-practitioner.png")).setFullPage(true));
            page.navigate(base + "/console/groups/" + group);
            assertThat(page.locator("h1")).containsText("Fønix efterår");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-group-session.png")).setFullPage(true));
            page.navigate(base + "/console/referrals/" + shown);
            assertThat(page.locator("h1")).containsText("Henvisning");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-course.png")).setFullPage(true));
        }
    }

    @Test
    void theReferralFormIsDrawnWithItsErrorSummary() {
        Path folder = Path.of(System.getProperty("console.screenshots")).toAbsolutePath();
        String base = InTheBrowser.withoutTrailingSlash(root);
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(base, "health-visitor");
            page.navigate(base + "/console/referrals/new");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Henvis til Fønix").setExact(true)).click();
            page.getByLabel("Forælderens navn").fill("Maja Andersen");
            page.getByLabel("Spædbarnets fødselsdato").fill(ReferralFormTest.da(Referrals.today().minusWeeks(8)));
            page.locator("[id='referral-contact.phone']").fill("12 34 56 78");
            page.locator("[id='referral-reason.category']").selectOption("POSTNATAL_REACTION");
            page.locator("[id='referral-wellbeingScore']").selectOption("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send henvisningen").setExact(true)).click();
            assertThat(page.locator("#error-summary")).containsText("Forældrenes samtykke mangler");
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-form-error.png")).setFullPage(true));
        }
    }

    @Test
    void theTidligForebyggelseReportIsDrawnOnScreenAndForPrint() {
        Path folder = Path.of(System.getProperty("console.screenshots")).toAbsolutePath();
        String base = InTheBrowser.withoutTrailingSlash(root);
        String group = Fixtures.group("tidlig-forebyggelse", Map.of("name", "Tidlig Forebyggelse, samtaler", "capacity", 6));
        for (int i = 0; i < 5; i++) {
            String id = dk.henvis.session.Courses.accepted(dk.henvis.session.Courses.tidligForebyggelse(
                    dk.henvis.common.Dates.today(clock)), clock);
            if (i < 3) {
                Fixtures.place(id, group).statusCode(200);
            }
        }
        try (Browser browser = Browser.launch()) {
            Page page = browser.signIn(base, "analyst");
            page.navigate(base + "/console/reports/tidlig-forebyggelse");
            assertThat(page.locator("h1")).hasText("Rapport for Tidlig Forebyggelse");
            page.locator("#chart-received canvas").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-report.png")).setFullPage(true));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            page.setViewportSize(794, 1123);
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("console-report-print.png")).setFullPage(true));
        }
    }
}
