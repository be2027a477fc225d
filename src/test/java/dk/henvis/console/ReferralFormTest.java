package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.Cprs;
import dk.henvis.support.LogCapture;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referrer's console: the referral form through the API's intake, the receipt, the own list and view. */
@QuarkusTest
class ReferralFormTest {

    static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    static final String FORM = "/console/referrals/new";

    static String da(LocalDate date) {
        return DANISH.format(date);
    }

    /** A Fønix referral of a mother with an infant of eight weeks, as a health visitor fills in the form. */
    static Map<String, String> fonix(String name) {
        Map<String, String> values = new HashMap<>();
        values.put("subject.name", name);
        values.put("subject.infantBirthDate", da(Referrals.today().minusWeeks(8)));
        values.put("contact.name", "Anne N.");
        values.put("contact.relation", "MOTHER");
        values.put("contact.phone", "+4512345678");
        values.put("reason.category", "POSTNATAL_REACTION");
        values.put("reason.description", "Græder meget og sover lidt");
        values.put("wellbeingScore", "4");
        values.put("priority", "NORMAL");
        values.put("consent.given", "true");
        values.put("consent.givenBy", "Anne N.");
        values.put("consent.date", da(Referrals.today().minusDays(1)));
        return values;
    }

    private static long referralsOf(String user) {
        return ((Number) Api.as(user).get("/api/v1/referrals?size=1").then().statusCode(200).extract()
                .path("totalItems")).longValue();
    }

    private static String idFrom(Response sent) {
        String location = sent.header("Location");
        assertThat(location).matches(".*/console/referrals/[0-9a-f-]{36}/kvittering");
        return location.replaceAll(".*/console/referrals/([0-9a-f-]{36})/kvittering", "$1");
    }

    @Test
    void theProgrammeChoiceTellsForWhomWhoMayReferAndWhatHappensNextFromTheCatalogue() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        Response choice = nurse.get(FORM);

        assertThat(choice.statusCode()).isEqualTo(200);
        assertThat(choice.asString()).contains("<title>Ny henvisning: vælg forløb – henvis</title>",
                "Gruppeforløb for mødre med efterfødselsreaktion og spædbarn under 12 måneder.",
                "href=\"/console/referrals/new?programme=fonix\"", "Henvis til Fønix",
                "Koordinatoren visiterer henvisningen. I hører fra os senest 14 dage efter",
                "Der er ingen visitation", "senest 7 dage efter",
                "Din rolle kan ikke henvise til Cool Kids ASF", "Skoler og PPR")
                .doesNotContain("Løbende optag", "href=\"/console/referrals/new?programme=cool-kids-asf\"");
    }

    @Test
    void theSecondStepAsksForTheDateThatTheProgrammesSubjectTypeNeeds() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String fonix = nurse.get(FORM + "?programme=fonix").asString();
        String pusterummet = nurse.get(FORM + "?programme=pusterummet").asString();
        String sandplay = nurse.get(FORM + "?programme=sandplay").asString();

        assertThat(fonix).contains("name=\"subject.infantBirthDate\"", "value=\"PARENT\"", "Trivselslineal 1-10: fra 1 til 10")
                .doesNotContain("name=\"subject.birthDate\"", "name=\"subject.expectedDueDate\"", "name=\"referrer.role\"");
        assertThat(pusterummet).contains("name=\"subject.expectedDueDate\"", "value=\"EXPECTANT_PARENT\"")
                .doesNotContain("name=\"subject.infantBirthDate\"");
        assertThat(sandplay).contains("name=\"subject.birthDate\"", "value=\"CHILD\"");
        assertThat(nurse.get(FORM + "?programme=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aReferralWithoutConsentComesBackWithTheApisStatusAtTheConsentFieldWithTheValuesKept() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String page = nurse.get(FORM + "?programme=fonix").asString();
        Map<String, String> values = fonix(Referrals.uniqueName());
        values.remove("consent.given");
        values.put("subject.cpr", "150492-1234");
        long before = referralsOf("health-visitor");

        Response refused = nurse.submit(page, FORM, values);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Forældrenes samtykke mangler", "href=\"#referral-consent.given\"",
                "id=\"referral-consent.given-error\"", "Markér, at forældrene har givet samtykke til henvisningen",
                "value=\"" + values.get("subject.name") + "\"", "value=\"150492-1234\"",
                ">Græder meget og sover lidt</textarea>", "<option value=\"POSTNATAL_REACTION\" selected>");
        assertThat(referralsOf("health-visitor")).isEqualTo(before);
    }

    @Test
    void aSentFormLeadsToTheReceiptWithTheReferenceAndWhatHappensNextAndTheReceiptIsAudited() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String page = nurse.get(FORM + "?programme=fonix").asString();
        Map<String, String> values = fonix(Referrals.uniqueName());
        String cpr = Cprs.forBirthDate("1992-04-15");
        values.put("subject.cpr", cpr);

        Response sent = nurse.submit(page, FORM, values);

        assertThat(sent.statusCode()).as(ConsoleFormsTest.errors(sent)).isEqualTo(303);
        assertThat(sent.header("Location")).doesNotContain("150492", cpr.substring(7));
        String id = idFrom(sent);
        Map<String, Object> created = Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                .extract().as(Map.class);
        assertThat(created).containsEntry("programmeCode", "fonix").containsEntry("status", "RECEIVED")
                .containsEntry("wellbeingScore", 4);
        assertThat((Map<String, Object>) created.get("referrer")).containsEntry("organisation", "Sundhedsplejen")
                .containsEntry("role", "HEALTH_VISITOR");
        assertThat((Map<String, Object>) created.get("subject")).containsEntry("cpr", "150492-****");
        int audited = AuditLog.of(id).size();

        String receipt = nurse.get("/console/referrals/" + id + "/kvittering").then().statusCode(200).extract().asString();

        assertThat(receipt).contains("Henvisningen er sendt", (String) created.get("reference"),
                "Koordinatoren visiterer henvisningen", "150492-****").doesNotContain(cpr);
        List<Map<String, Object>> rows = AuditLog.of(id);
        assertThat(rows).hasSize(audited + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("action", "READ").containsEntry("actor", "health-visitor")
                .containsEntry("endpoint", "GET /console/referrals/{id}/kvittering");
    }

    @Test
    void aCprNumberOnARefusedAndOnASentFormIsNeverLoggedNorPutInAnAddress() {
        LogCapture capture = new LogCapture();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
            String page = nurse.get(FORM + "?programme=fonix").asString();
            Map<String, String> values = fonix(Referrals.uniqueName());
            values.put("subject.cpr", "310299-1234");
            Response refused = nurse.submit(page, FORM, values);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.asString()).contains("href=\"#referral-subject.cpr\"", "Skriv CPR-nummeret");

            String cpr = Cprs.forBirthDate("1992-04-15");
            values.put("subject.cpr", cpr);
            Response sent = nurse.submit(refused.asString(), FORM, values);
            assertThat(sent.statusCode()).as(ConsoleFormsTest.errors(sent)).isEqualTo(303);
            String receipt = nurse.get(sent.header("Location")).asString();

            org.jboss.logging.Logger.getLogger("dk.henvis.console").debug("probe: the capture sees the service's log");
            assertThat(capture.records).anyMatch(r -> r.startsWith("probe:"));
            for (String secret : List.of("310299-1234", "3102991234", cpr, cpr.replace("-", ""))) {
                assertThat(capture.records).noneMatch(r -> r.contains(secret));
                assertThat(sent.header("Location")).doesNotContain(secret);
                assertThat(receipt).doesNotContain(secret);
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aSecondSubmitOfTheSameFormCreatesOneReferralOnly() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String page = nurse.get(FORM + "?programme=fonix").asString();
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, FORM));
        form.putAll(fonix(Referrals.uniqueName()));
        long before = referralsOf("health-visitor");

        Response first = nurse.post(FORM, form);
        Response second = nurse.post(FORM, form);

        assertThat(first.statusCode()).as(ConsoleFormsTest.errors(first)).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(referralsOf("health-visitor")).isEqualTo(before + 1);
    }

    @Test
    void aDateThatIsNoDateAndAMissingReasonAreShownAtTheirFieldsInDanish() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String page = nurse.get(FORM + "?programme=fonix").asString();
        Map<String, String> values = fonix(Referrals.uniqueName());
        values.put("subject.infantBirthDate", "31.02.2026");
        values.put("reason.category", "");

        Response refused = nurse.submit(page, FORM, values);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Der er en fejl i formularen",
                "href=\"#referral-subject.infantBirthDate\"", "Skriv en dato som dd.mm.åååå",
                "href=\"#referral-reason.category\"", "Vælg en værdi", "value=\"31.02.2026\"")
                .doesNotContain("Exception", "dk.henvis");
    }

    @Test
    void aPhoneNumberThatIsNoPhoneNumberIsRefusedByTheRequestsOwnConstraintsAtItsField() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        String page = nurse.get(FORM + "?programme=fonix").asString();
        Map<String, String> values = fonix(Referrals.uniqueName());
        values.put("contact.phone", "ring til mor");

        Response refused = nurse.submit(page, FORM, values);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("href=\"#referral-contact.phone\"", "Skriv et telefonnummer",
                "value=\"ring til mor\"");
    }

    @Test
    void aSecondReferralOfTheSameMotherIsRefusedAsADuplicateAtHerName() {
        ConsoleSession nurse = ConsoleSession.signIn("health-visitor");
        Map<String, String> values = fonix(Referrals.uniqueName());
        assertThat(nurse.submit(nurse.get(FORM + "?programme=fonix").asString(), FORM, values).statusCode()).isEqualTo(303);

        Response again = nurse.submit(nurse.get(FORM + "?programme=fonix").asString(), FORM, values);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("Der findes allerede en åben henvisning", "href=\"#referral-subject.name\"",
                "Borgeren er allerede henvist til forløbet");
    }

    @Test
    void aChildWithAnOpenCaseIsRefusedForTidligForebyggelseAtTheOpenCaseBox() {
        ConsoleSession school = ConsoleSession.signIn("school");
        String page = school.get(FORM + "?programme=tidlig-forebyggelse").asString();
        assertThat(page).contains("name=\"subject.hasOpenCase\"");
        Map<String, String> values = new HashMap<>(Map.of("subject.name", Referrals.uniqueName(),
                "subject.birthDate", da(Referrals.today().minusYears(10)), "subject.hasOpenCase", "true",
                "reason.category", "SCHOOL", "consent.given", "true", "priority", "NORMAL"));

        Response refused = school.submit(page, FORM, values);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Barnet har en åben sag i familieafdelingen",
                "href=\"#referral-subject.hasOpenCase\"", "Forløbet er ikke for børn med en åben sag");
    }

    @Test
    void aChildTooOldForSandplayIsRefusedAtTheBirthDate() {
        ConsoleSession daycare = ConsoleSession.signIn("daycare");
        String page = daycare.get(FORM + "?programme=sandplay").asString();
        Map<String, String> values = new HashMap<>(Map.of("subject.name", Referrals.uniqueName(),
                "subject.birthDate", da(Referrals.today().minusYears(9)), "reason.category", "WELLBEING",
                "consent.given", "true", "priority", "NORMAL"));

        Response refused = daycare.submit(page, FORM, values);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Borgeren opfylder ikke betingelserne", "href=\"#referral-subject.birthDate\"",
                "Barnets alder passer ikke til forløbet");
    }

    @Test
    void aCoordinatorRefersOnBehalfOfAReferrerAndMustNameItsRoleAndOrganisation() {
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get(FORM + "?programme=fonix").asString();
        assertThat(page).contains("name=\"referrer.role\"", "name=\"referrer.organisation\"");
        Map<String, String> values = fonix(Referrals.uniqueName());

        Response refused = coordinator.submit(page, FORM, values);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("href=\"#referral-referrer.role\"");

        values.put("referrer.role", "HEALTH_VISITOR");
        values.put("referrer.organisation", "Sundhedsplejen Syd");
        Response sent = coordinator.submit(refused.asString(), FORM, values);
        assertThat(sent.statusCode()).as(ConsoleFormsTest.errors(sent)).isEqualTo(303);
        assertThat(Api.as("coordinator").get("/api/v1/referrals/" + idFrom(sent)).then().extract()
                .<String>path("referrer.organisation")).isEqualTo("Sundhedsplejen Syd");
    }

    @Test
    void onlyTheRolesThatMayCreateReferralsInTheApiGetTheForm() {
        assertThat(ConsoleSession.signIn("practitioner").get(FORM).statusCode()).isEqualTo(403);
        assertThat(ConsoleSession.signIn("analyst").get(FORM + "?programme=fonix").statusCode()).isEqualTo(403);
    }

    @Test
    void aReferrersStartPageListsItsOwnReferralsNewestFirstWithOneAuditRow() {
        String mine = Referrals.create("daycare", Referrals.sandplay());
        String theirs = Referrals.create("school", Referrals.tidligForebyggelse());
        String mineRef = Api.as("daycare").get("/api/v1/referrals/" + mine).then().extract().path("reference");
        String theirRef = Api.as("school").get("/api/v1/referrals/" + theirs).then().extract().path("reference");
        ConsoleSession daycare = ConsoleSession.signIn("daycare");
        long audited = AuditLog.total();

        String list = daycare.get("/console").then().statusCode(200).extract().asString();

        assertThat(list).contains("<title>Dine henvisninger – henvis</title>", "href=\"/console/referrals/new\"",
                "<th scope=\"col\">Sidst ændret</th>", mineRef, "Modtaget").doesNotContain(theirRef);
        assertThat(list.indexOf(mineRef)).as("the newest first").isLessThan(list.indexOf("<tbody>") + 400);
        assertThat(AuditLog.total()).isEqualTo(audited + 1);
        assertThat(AuditLog.newest(1).get(0)).containsEntry("endpoint", "GET /console").containsEntry("action", "READ")
                .containsEntry("actor", "daycare");
    }

    @Test
    void aReferrerOpensItsOwnReferralReadOnlyAndAnotherOrganisationsIsNotFound() {
        String mine = Referrals.create("daycare", Referrals.sandplay());
        String theirs = Referrals.create("school", Referrals.tidligForebyggelse());
        ConsoleSession daycare = ConsoleSession.signIn("daycare");
        int audited = AuditLog.of(mine).size();

        Response own = daycare.get("/console/referrals/" + mine);
        Response other = daycare.get("/console/referrals/" + theirs);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.asString()).contains("Modtaget", "Koordinatoren visiterer henvisningen", "Forløbets historik")
                .doesNotContain("<form method=\"post\" action=\"/console/referrals/" + mine);
        assertThat(AuditLog.of(mine)).hasSize(audited + 1);
        assertThat(AuditLog.of(mine).get(audited)).containsEntry("endpoint", "GET /console/referrals/{id}");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.asString()).contains("Siden kan ikke vises", "findes ikke");
        assertThat(daycare.get("/console/referrals/" + theirs + "/kvittering").statusCode()).isEqualTo(404);
    }

    @Test
    void theAccessibilityStatementIsPublicInDanishAndEveryPageLinksToIt() {
        Response statement = io.restassured.RestAssured.given().redirects().follow(false).get("/console/tilgaengelighed");

        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.asString()).contains("<html lang=\"da\">", "<title>Tilgængelighedserklæring – henvis</title>",
                "WCAG 2.1", "delvist", "Kendte mangler", "mailto:tilgaengelighed@henvis.example.dk", "01.06.2026");
        assertThat(ConsoleSession.signIn("daycare").get("/console").asString())
                .contains("href=\"/console/tilgaengelighed\"");
        assertThat(io.restassured.RestAssured.given().get("/console/login").asString())
                .contains("href=\"/console/tilgaengelighed\"");
    }
}
