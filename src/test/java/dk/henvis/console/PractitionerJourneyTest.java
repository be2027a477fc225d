package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A practitioner's day in a real browser, every page and refused form checked with axe for WCAG 2.1 A and AA. */
@QuarkusTest
class PractitionerJourneyTest extends InTheBrowser {

    @Inject
    MutableClock clock;

    private static String placedFonix(String group) {
        String id = Referrals.accepted(Referrals.fonix());
        Courses.place(id, group);
        return id;
    }

    @Test
    void aPractitionerRegistersAFonixGroupSessionWithAttendanceAndTheAttendingMotherIsInCourse() {
        String name = "Fønix browser " + Referrals.uniqueName();
        String group = Api.as("coordinator").body(Map.of("name", name, "capacity", 8))
                .post("/api/v1/programmes/fonix/groups").then().statusCode(201).extract().path("id");
        String mother = placedFonix(group);
        String absent = placedFonix(group);
        String reference = Api.as("coordinator").get("/api/v1/referrals/" + mother).then().extract().path("reference");

        Page page = browser.signIn(base(), "practitioner");
        assertThat(page).hasTitle("Mine grupper – henvis");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(page).hasTitle("Gruppe " + name + " – henvis");
        Browser.assertAccessible(page);

        button(page, "Registrér session").click();
        assertThat(page.locator("#error-summary")).containsText("Vælg fremmøde for deltageren");
        assertThat(page.locator("#sessions")).hasCount(0);
        Browser.assertAccessible(page);

        // Whoever else the group took from the waiting list is marked as excused.
        for (String participant : page.locator("input[name=participants]").getAttribute("value").split(",")) {
            String choice = participant.equals(mother) ? "" : participant.equals(absent) ? "-ABSENT" : "-EXCUSED";
            page.locator("#session-attendance-" + participant + choice).check();
        }
        page.getByLabel("Varighed i minutter (frivillig)").fill("60");
        button(page, "Registrér session").click();

        Locator sessions = page.locator("#sessions tbody tr");
        assertThat(sessions).hasCount(1);
        assertThat(sessions.first().locator("td").nth(2)).hasText("1");
        assertThat(sessions.first().locator("td").nth(3)).hasText("1");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("I gang");
        Browser.assertAccessible(page);

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        assertThat(page.locator("h1")).containsText("I gang");
        assertThat(page.locator("#sessions-used")).hasText("1 af ubegrænset");
    }

    @Test
    void aPractitionerRecordsSessionsAndScoresOnAReferralAndTheRefusedScoreIsShownAtItsField() {
        String referral = Courses.placed(Courses.tidligForebyggelse(Referrals.today()),
                Courses.group("tidlig-forebyggelse", 3), clock);
        Page page = browser.signIn(base(), "practitioner");
        page.navigate(base() + "/console/referrals/" + referral);
        Browser.assertAccessible(page);

        button(page, "Registrér samtale").click();
        assertThat(page.locator("h1")).containsText("I gang");
        assertThat(page.locator("#sessions-used")).hasText("1 af 5");
        assertThat(page.locator("#individual-sessions tbody tr")).hasCount(1);

        page.getByLabel("Måling", new Page.GetByLabelOptions().setExact(true)).selectOption("START");
        page.getByLabel("Score").fill("11");
        button(page, "Registrér måling").click();
        assertThat(page.locator("#error-summary")).containsText("Scoren ligger uden for forløbets skala");
        assertThat(page.locator("#measurement-score-error")).containsText("Skriv et helt tal på forløbets skala");
        assertThat(page.getByLabel("Score")).hasValue("11");
        Browser.assertAccessible(page);

        page.getByLabel("Score").fill("3");
        button(page, "Registrér måling").click();
        Locator scores = page.locator("#measurements tbody tr");
        assertThat(scores).hasCount(1);
        assertThat(scores.first()).containsText("Ved start");
        assertThat(scores.first()).containsText("3 af 10");
        Browser.assertAccessible(page);
    }

    @Test
    void aSixthTidligForebyggelseSessionIsRefusedOnThePageAndTheCountStaysAtFive() {
        String referral = Courses.placed(Courses.tidligForebyggelse(Referrals.today()),
                Courses.group("tidlig-forebyggelse", 3), clock);
        Page page = browser.signIn(base(), "practitioner");
        page.navigate(base() + "/console/referrals/" + referral);
        for (int i = 1; i <= 5; i++) {
            button(page, "Registrér samtale").click();
            assertThat(page.locator("#sessions-used")).hasText(i + " af 5");
        }

        button(page, "Registrér samtale").click();

        assertThat(page.locator("#error-summary")).containsText("Det højeste antal samtaler er nået");
        assertThat(page.locator("#error-summary")).containsText("Alle forløbets samtaler er brugt");
        assertThat(page.locator("#sessions-used")).hasText("5 af 5");
        assertThat(page.locator("#individual-sessions tbody tr")).hasCount(5);
        Browser.assertAccessible(page);
    }
}
