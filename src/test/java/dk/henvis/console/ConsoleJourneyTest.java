package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.places.Fixtures;
import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A coordinator's day in a real browser, every page checked with axe for WCAG 2.1 A and AA. */
@QuarkusTest
class ConsoleJourneyTest extends InTheBrowser {

    private static Map<String, Object> create(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/referrals").then().statusCode(201).extract().as(Map.class);
    }

    @Test
    void aCoordinatorTakesANewFonixReferralFromTheWorklistToAPlaceAndTheGroupCountsIt() {
        Map<String, Object> referral = create("health-visitor", Referrals.fonix());
        String reference = (String) referral.get("reference");
        String group = Fixtures.group("fonix", Map.of("name", "Fønix hold " + reference, "capacity", 8));
        int occupied = Api.as("coordinator").get("/api/v1/groups/" + group).then().extract().path("occupiedPlaces");

        Page page = browser.signIn(base(), "coordinator");
        Browser.assertAccessible(page);
        page.getByLabel("Vis forløb").selectOption("fonix");
        button(page, "Vis").click();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("Modtaget");
        Browser.assertAccessible(page);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        assertThat(page).hasTitle("Henvisning " + reference + " – henvis");
        Browser.assertAccessible(page);

        page.locator("#first-contact-channel").selectOption("PHONE");
        button(page, "Registrér første kontakt").click();
        assertThat(page.locator("h1")).containsText("Under visitation");

        button(page, "Visitér").click();
        assertThat(page.locator("h1")).containsText("Visiteret");

        page.getByLabel("Gruppe med ledig plads").selectOption(group);
        button(page, "Tildel plads").click();
        assertThat(page.locator("h1")).containsText("Tildelt plads");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fønix hold " + reference)).click();
        assertThat(page.locator("#places-count")).containsText((occupied + 1) + " af 8");
        assertThat(page.locator("main")).containsText(reference);
        Browser.assertAccessible(page);
    }

    @Test
    void aFullGroupSendsTheNextToTheWaitingListAndAWithdrawalPromotesIt() {
        String programme = Fixtures.rollingProgramme();
        String group = Fixtures.group(programme, 1);
        String holder = Fixtures.placed(programme, group);
        String next = Fixtures.accepted(programme);
        String later = Fixtures.accepted(programme);
        String nextReference = Api.as("coordinator").get("/api/v1/referrals/" + next).then().extract().path("reference");
        String laterReference = Api.as("coordinator").get("/api/v1/referrals/" + later).then().extract().path("reference");

        Page page = browser.signIn(base(), "coordinator");
        page.navigate(base() + "/console/referrals/" + next);
        assertThat(page.locator("main")).containsText("Ingen åbne grupper i forløbet har en ledig plads");
        button(page, "Sæt på venteliste").click();
        assertThat(page.locator("h1")).containsText("På venteliste");
        page.navigate(base() + "/console/referrals/" + later);
        button(page, "Sæt på venteliste").click();

        page.navigate(base() + "/console/programmes/" + programme + "/waiting-list");
        Browser.assertAccessible(page);
        Locator rows = page.locator("tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText(nextReference);
        assertThat(rows.nth(1)).containsText(laterReference);

        page.navigate(base() + "/console/referrals/" + holder);
        page.locator("#withdraw-reason").selectOption("NO_LONGER_NEEDED");
        button(page, "Træk tilbage").click();
        assertThat(page.locator("h1")).containsText("Trukket tilbage");

        page.navigate(base() + "/console/programmes/" + programme + "/waiting-list");
        assertThat(rows).hasCount(1);
        assertThat(rows.nth(0)).containsText(laterReference);
        assertThat(rows.nth(0).locator("td").first()).hasText("1");
        page.navigate(base() + "/console/groups/" + group);
        assertThat(page.locator("main")).containsText(nextReference);
        assertThat(page.locator("#places-count")).containsText("1 af 1");
    }

    @Test
    void escalationErasesTheFreeTextAndContactOnThePageAtOnce() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "reason").put("description", "Bider de andre børn");
        String id = Referrals.create(body);

        Page page = browser.signIn(base(), "coordinator");
        page.navigate(base() + "/console/referrals/" + id);
        assertThat(page.locator("#reason-description")).hasText("Bider de andre børn");
        assertThat(page.locator("#contact-phone")).hasText("+4512345678");
        assertThat(page.locator("main")).containsText("Fritekst og kontaktoplysninger slettes med det samme");

        page.getByLabel("Enhed, der har modtaget underretningen").fill("Familieafdelingen");
        page.locator("#escalate-reason").selectOption("CONCERN_FOR_WELLBEING");
        button(page, "Send underretning").click();
        assertThat(page.locator("#error-summary")).containsText("Der er en fejl i formularen");
        assertThat(page.getByLabel("Enhed, der har modtaget underretningen")).hasValue("Familieafdelingen");
        Browser.assertAccessible(page);

        page.locator("#escalate-reason").selectOption("CONCERN_FOR_WELLBEING");
        page.getByLabel("Jeg bekræfter, at fritekst og kontaktoplysninger slettes med det samme").check();
        button(page, "Send underretning").click();

        assertThat(page.locator("h1")).containsText("Underretning sendt");
        assertThat(page.locator("main")).not().containsText("Bider de andre børn");
        assertThat(page.locator("main")).not().containsText("+4512345678");
        assertThat(page.locator("main")).containsText("Familieafdelingen");
    }

    @Test
    void aStaleFormIsRefusedAndThePageShowsWhatChanged() {
        String id = Referrals.create(Referrals.sandplay());
        Page page = browser.signIn(base(), "coordinator");
        page.navigate(base() + "/console/referrals/" + id);
        Api.as("coordinator").body(Map.of("reason", "NO_CONSENT")).post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200);

        page.locator("#decline-reason").selectOption("NOT_ELIGIBLE");
        button(page, "Afvis").click();

        assertThat(page.locator("#error-summary")).containsText("En anden har ændret henvisningen");
        assertThat(page.locator("h1")).containsText("Trukket tilbage");
        assertThat(Api.as("coordinator").get("/api/v1/referrals/" + id).then().extract().<String>path("status"))
                .isEqualTo("WITHDRAWN");
        Browser.assertAccessible(page);
    }

    @Test
    void aCoordinatorRecordsFirstContactAndAcceptsWithTheKeyboardOnly() {
        Map<String, Object> referral = create("daycare", Referrals.sandplay());
        String id = (String) referral.get("id");
        Page page = browser.anonymous();
        page.navigate(base() + "/console/login");
        tabTo(page, "#j_username");
        page.keyboard().type("coordinator");
        page.keyboard().press("Tab");
        page.keyboard().type("coordinator");
        page.keyboard().press("Enter");
        page.waitForURL("**/console");

        page.navigate(base() + "/console/referrals/" + id);
        tabTo(page, ".skipnav");
        page.keyboard().press("Enter");
        tabTo(page, "#first-contact-channel");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#first-contact-channel")).hasValue("PHONE");
        tabTo(page, "form[action$='/first-contact'] button");
        assertThat(page.locator("form[action$='/first-contact'] button")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Under visitation");

        tabTo(page, "form[action$='/accept'] button");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Visiteret");
        assertThat(Api.as("coordinator").get("/api/v1/referrals/" + id).then().extract().<String>path("status"))
                .isEqualTo("ACCEPTED");
    }

    @Test
    void everyOtherConsolePageHasNoWcagViolations() {
        Page anonymous = browser.anonymous();
        anonymous.navigate(base() + "/console/login");
        Browser.assertAccessible(anonymous);
        anonymous.navigate(base() + "/console/login?fejl=1");
        Browser.assertAccessible(anonymous);

        Page coordinator = browser.signIn(base(), "coordinator");
        coordinator.navigate(base() + "/console/referrals?programme=sandplay&status=RECEIVED");
        Browser.assertAccessible(coordinator);
        coordinator.navigate(base() + "/console/referrals?status=NOPE");
        Browser.assertAccessible(coordinator);
        coordinator.navigate(base() + "/console/programmes/fonix/waiting-list");
        Browser.assertAccessible(coordinator);
        coordinator.navigate(base() + "/console/groups/" + java.util.UUID.randomUUID());
        assertThat(coordinator.locator("h1")).hasText("Siden kan ikke vises");
        Browser.assertAccessible(coordinator);
        coordinator.navigate(base() + "/console");
        coordinator.getByLabel("Navn").fill("Ingen Sådan");
        coordinator.getByLabel("Dato").fill("01.01.2020");
        button(coordinator, "Søg").click();
        assertThat(coordinator.locator("h1")).hasText("Søgeresultat");
        Browser.assertAccessible(coordinator);

        Page school = browser.signIn(base(), "school");
        assertThat(school.locator("h1")).hasText("Dine henvisninger");
        Browser.assertAccessible(school);
    }

    /** Presses Tab until the element is focused, as a keyboard user would; fails after 60 presses. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            Object focused = page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
