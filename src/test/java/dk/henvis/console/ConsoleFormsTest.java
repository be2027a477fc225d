package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's forms keep the API's rules: CSRF, If-Match, idempotency, validation and audit. */
@QuarkusTest
class ConsoleFormsTest {

    private static String status(String id) {
        return Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("status");
    }

    private static List<Map<String, Object>> audit(String id) {
        return Api.as("auditor").get("/api/v1/audit-events?size=100&referralId=" + id).then().statusCode(200)
                .extract().path("items");
    }

    /** The error summary of a refused form, to say why in a failing assertion. */
    static String errors(Response response) {
        String body = response.asString();
        int at = body.indexOf("error-summary");
        return at < 0 ? "no error summary" : body.substring(at, Math.min(body.length(), at + 600));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/referrals/" + id + "/decline"));
        form.remove("csrf-token");
        form.put("reason", "NOT_ELIGIBLE");

        Response response = coordinator.post("/console/referrals/" + id + "/decline", form);

        assertThat(response.statusCode()).isIn(400, 403);
        assertThat(response.contentType()).as("the console's own error page").startsWith("text/html");
        assertThat(response.asString()).contains("<html lang=\"da\">", "Siden kan ikke vises");
        assertThat(status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aFormPostWithATokenThatIsNoTokenAtAllIsRefusedWithoutAnIncidentAndChangesNothing() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/referrals/" + id + "/decline"));
        form.put("csrf-token", "%%%not-base64%%%");
        form.put("reason", "NOT_ELIGIBLE");

        Response response = coordinator.post("/console/referrals/" + id + "/decline", form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).as("the console's own error page, not the API's JSON").startsWith("text/html");
        assertThat(response.asString()).contains("Siden kan ikke vises").doesNotContain("incident", "hændelsesnummer");
        assertThat(status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aFormPostWithAnotherSessionsTokenIsRefused() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        ConsoleSession other = ConsoleSession.signIn("coordinator");
        String othersPage = other.get("/console/referrals/" + id).asString();
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/referrals/" + id + "/decline"));
        form.put("csrf-token", ConsoleSession.hiddenFields(othersPage, "/console/referrals/" + id + "/decline").get("csrf-token"));
        assertThat(form.get("csrf-token")).isNotEqualTo(ConsoleSession.hiddenFields(page, "/console/referrals/" + id + "/decline").get("csrf-token"));
        form.put("reason", "NOT_ELIGIBLE");

        assertThat(coordinator.post("/console/referrals/" + id + "/decline", form).statusCode()).isIn(400, 403);
        assertThat(status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aDecisionPostsThenRedirectsToTheReferralPage() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();

        Response response = coordinator.submit(page, "/console/referrals/" + id + "/first-contact",
                Map.of("channel", "PHONE"));

        assertThat(response.statusCode()).as(errors(response)).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/console/referrals/" + id);
        assertThat(status(id)).isEqualTo("IN_ASSESSMENT");
        assertThat(coordinator.get("/console/referrals/" + id).asString()).contains("Under visitation");
    }

    @Test
    void aStaleFormIsRefusedAndThePageShowsTheCurrentState() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        Referrals.firstContact(id); // someone else, meanwhile

        Response response = coordinator.submit(page, "/console/referrals/" + id + "/decline",
                Map.of("reason", "NOT_ELIGIBLE"));

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.asString()).contains("En anden har ændret henvisningen", "Under visitation");
        assertThat(status(id)).isEqualTo("IN_ASSESSMENT");
    }

    @Test
    void aSecondClickOfTheSameFormChangesNothing() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        Map<String, String> form = new HashMap<>(ConsoleSession.hiddenFields(page, "/console/referrals/" + id + "/withdraw"));
        form.put("reason", "NO_LONGER_NEEDED");

        Response first = coordinator.post("/console/referrals/" + id + "/withdraw", form);
        long updates = audit(id).stream().filter(e -> "UPDATE".equals(e.get("action"))).count();
        Response second = coordinator.post("/console/referrals/" + id + "/withdraw", form);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(audit(id).stream().filter(e -> "UPDATE".equals(e.get("action"))).count()).isEqualTo(updates);
        List<Object> history = Api.as("coordinator").get("/api/v1/referrals/" + id + "/history").then().extract().path("to");
        assertThat(history).containsExactly("RECEIVED", "WITHDRAWN");
    }

    @Test
    void aDeclineWithoutAReasonComesBackInDanishWithTheNoteKeptAndNothingChanged() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();

        Response response = coordinator.submit(page, "/console/referrals/" + id + "/decline",
                Map.of("reason", "", "note", "Talt med mor"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Der er en fejl i formularen", "href=\"#decline-reason\"",
                "id=\"decline-reason-error\"", "Vælg en værdi", ">Talt med mor</textarea>");
        assertThat(response.asString()).doesNotContain("Exception", "dk.henvis");
        assertThat(status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aPlacementIntoAFullGroupIsRefusedInDanish() {
        String programme = dk.henvis.places.Fixtures.rollingProgramme();
        String group = dk.henvis.places.Fixtures.group(programme, 1);
        dk.henvis.places.Fixtures.placed(programme, group);
        String id = dk.henvis.places.Fixtures.accepted(programme);
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/referrals/" + id).asString();
        assertThat(page).contains("Ingen åbne grupper i forløbet har en ledig plads");

        Response response = coordinator.submit(page, "/console/referrals/" + id + "/place", Map.of("groupId", group));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.asString()).contains("Gruppen har ingen ledig plads");
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theReferralPageWritesTheSameAuditRowAsTheApiRead() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        int before = audit(id).size();

        coordinator.get("/console/referrals/" + id).then().statusCode(200);

        List<Map<String, Object>> rows = audit(id);
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("action", "READ").containsEntry("actor", "coordinator")
                .containsEntry("endpoint", "GET /console/referrals/{id}");
    }

    @Test
    void onlyTheActionsTheStatusAllowsAreOffered() {
        String id = Referrals.create(Referrals.sandplay());
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String received = coordinator.get("/console/referrals/" + id).asString();
        assertThat(received).contains("/first-contact\"", "/decline\"", "/withdraw\"", "/escalate\"")
                .doesNotContain("/complete\"", "/place\"", "/waitlist\"");

        Api.as("coordinator").body(Map.of("reason", "OTHER")).post("/api/v1/referrals/" + id + "/decline")
                .then().statusCode(200);
        String declined = coordinator.get("/console/referrals/" + id).asString();
        assertThat(declined).contains("Afvist", "der er ingen handlinger").doesNotContain("action=\"/console/referrals/" + id);
    }

    @Test
    void searchingByNameAndBirthDateIsPostedAndAuditedAndLeadsToTheReferral() {
        Map<String, Object> body = Referrals.sandplay();
        String id = Referrals.create(body);
        Map<String, Object> subject = Referrals.part(body, "subject");
        String date = java.time.LocalDate.parse((String) subject.get("birthDate"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"));
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console").asString();
        int before = audit(id).size();

        Response response = coordinator.submit(page, "/console/search",
                Map.of("name", ((String) subject.get("name")).toUpperCase(), "birthDate", date));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/console/referrals/" + id).doesNotContain("Barn");
        List<Map<String, Object>> rows = audit(id);
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("action", "READ").containsEntry("endpoint", "POST /console/search");
    }

    @Test
    void aSearchWithADateThatIsNotADateComesBackWithTheValuesKept() {
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console").asString();

        Response response = coordinator.submit(page, "/console/search", Map.of("name", "Emil", "birthDate", "31.02.2020"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Skriv en dato som dd.mm.åååå", "value=\"Emil\"", "value=\"31.02.2020\"");
    }

    @Test
    void theGroupPageShowsPlacesAsNumbersAndChangesCapacityThroughTheService() {
        String programme = dk.henvis.places.Fixtures.rollingProgramme();
        String group = dk.henvis.places.Fixtures.group(programme, 2);
        dk.henvis.places.Fixtures.placed(programme, group);
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        String page = coordinator.get("/console/groups/" + group).asString();
        assertThat(page).contains("1 af 2</strong> pladser er optaget", "<meter");

        Response tooSmall = coordinator.submit(page, "/console/groups/" + group + "/capacity", Map.of("capacity", "0"));
        assertThat(tooSmall.statusCode()).isEqualTo(400);
        assertThat(tooSmall.asString()).contains("Kapaciteten skal være", "value=\"0\"");

        Response grown = coordinator.submit(page, "/console/groups/" + group + "/capacity", Map.of("capacity", "3"));
        assertThat(grown.statusCode()).isEqualTo(303);
        Api.as("coordinator").get("/api/v1/groups/" + group).then().statusCode(200)
                .body("capacity", org.hamcrest.Matchers.equalTo(3));
    }
}
