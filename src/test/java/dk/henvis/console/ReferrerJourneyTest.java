package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A health visitor refers a mother to Fønix in a real browser; every page checked with axe for WCAG 2.1 A and AA. */
@QuarkusTest
class ReferrerJourneyTest extends InTheBrowser {

    private static Locator field(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    @Test
    void aHealthVisitorRefersAFonixMotherFixesTheMissingConsentAndFindsTheReferralInHerListButTheSchoolDoesNot() {
        String mother = Referrals.uniqueName();
        String infantBorn = ReferralFormTest.da(Referrals.today().minusWeeks(8));

        Page nurse = browser.signIn(base(), "health-visitor");
        assertThat(nurse).hasTitle("Dine henvisninger – henvis");
        Browser.assertAccessible(nurse);

        nurse.locator("#main-content").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ny henvisning").setExact(true)).click();
        assertThat(nurse).hasTitle("Ny henvisning: vælg forløb – henvis");
        assertThat(nurse.locator("main")).containsText("Din rolle kan ikke henvise til Cool Kids ASF");
        Browser.assertAccessible(nurse);

        link(nurse, "Henvis til Fønix").click();
        assertThat(nurse).hasTitle("Henvis til Fønix – henvis");
        Browser.assertAccessible(nurse);

        nurse.getByLabel("Forælderens navn").fill(mother);
        nurse.getByLabel("Spædbarnets fødselsdato").fill(infantBorn);
        field(nurse, "referral-contact.phone").fill("12 34 56 78");
        field(nurse, "referral-reason.category").selectOption("POSTNATAL_REACTION");
        field(nurse, "referral-wellbeingScore").selectOption("3");
        button(nurse, "Send henvisningen").click();

        Locator summary = nurse.locator("#error-summary");
        assertThat(summary).containsText("Forældrenes samtykke mangler");
        assertThat(summary).containsText("Markér, at forældrene har givet samtykke til henvisningen");
        assertThat(field(nurse, "referral-consent.given-error")).containsText("Markér, at forældrene har givet samtykke");
        assertThat(nurse.getByLabel("Forælderens navn")).hasValue(mother);
        assertThat(nurse.getByLabel("Spædbarnets fødselsdato")).hasValue(infantBorn);
        assertThat(field(nurse, "referral-reason.category")).hasValue("POSTNATAL_REACTION");
        assertThat(field(nurse, "referral-wellbeingScore")).hasValue("3");
        Browser.assertAccessible(nurse);

        nurse.getByLabel("Forældrene har givet samtykke til henvisningen").check();
        nurse.getByLabel("Givet af (frivilligt)").fill("Mor selv");
        button(nurse, "Send henvisningen").click();

        assertThat(nurse.locator("h1")).hasText("Henvisningen er sendt");
        String reference = nurse.locator("#receipt-reference").textContent();
        assertThat(reference).matches("H-\\d{4}-\\d+");
        assertThat(nurse.locator("main")).containsText("Koordinatoren visiterer henvisningen");
        assertThat(nurse).hasTitle("Kvittering for henvisning " + reference + " – henvis");
        String id = nurse.url().replaceAll(".*/console/referrals/([0-9a-f-]{36})/kvittering", "$1");
        Browser.assertAccessible(nurse);

        link(nurse, "Til dine henvisninger").click();
        Locator row = nurse.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("Modtaget");
        assertThat(row).containsText(mother);
        Browser.assertAccessible(nurse);

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        assertThat(nurse.locator("h1")).containsText(reference);
        assertThat(nurse.locator("form[method='post'][action^='/console/referrals/']")).hasCount(0);
        Browser.assertAccessible(nurse);

        Page school = browser.signIn(base(), "school");
        assertThat(school.locator("main")).not().containsText(reference);
        var answer = school.navigate(base() + "/console/referrals/" + id);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(school.locator("h1")).hasText("Siden kan ikke vises");
        Browser.assertAccessible(school);
    }

    @Test
    void theAccessibilityStatementHasNoWcagViolationsAndIsReachedFromTheFooter() {
        Page anonymous = browser.anonymous();
        anonymous.navigate(base() + "/console/login");
        link(anonymous, "Tilgængelighedserklæring").click();
        assertThat(anonymous).hasTitle("Tilgængelighedserklæring – henvis");
        assertThat(anonymous.locator("main")).containsText("Kendte mangler");
        Browser.assertAccessible(anonymous);
    }
}
