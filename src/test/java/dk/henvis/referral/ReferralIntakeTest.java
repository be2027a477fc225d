package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.Cprs;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralIntakeTest {

    @Test
    void aHealthVisitorsReferralIsReceivedWithReferenceDeadlineAndLocation() {
        ExtractableResponse<Response> created = Api.as("health-visitor").body(Referrals.fonix()).post("/api/v1/referrals")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("reference", matchesPattern("H-\\d{4}-\\d{5}"))
                .body("programmeCode", equalTo("fonix"))
                .body("sessionsUsed", equalTo(0))
                .body("groupId", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/referrals/" + id);
        Instant received = Instant.parse(created.path("receivedAt"));
        Instant due = Instant.parse(created.path("firstContactDueAt"));
        assertThat(Duration.between(received, due)).isEqualTo(Duration.ofDays(14));
        assertThat(received).isBetween(MutableClock.now().minusSeconds(60), MutableClock.now().plusSeconds(1));

        Api.as("health-visitor").get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).header("ETag", notNullValue());
    }

    @Test
    void tidligForebyggelseAcceptsOnReceiptWithoutVisitationAndSaysSoInTheHistory() {
        String id = Api.as("school").body(Referrals.tidligForebyggelse()).post("/api/v1/referrals")
                .then().statusCode(201).body("status", equalTo("ACCEPTED")).extract().path("id");
        Instant received = Instant.parse(Api.as("school").get("/api/v1/referrals/" + id).then().extract().path("receivedAt"));
        Instant due = Instant.parse(Api.as("school").get("/api/v1/referrals/" + id).then().extract().path("firstContactDueAt"));
        assertThat(Duration.between(received, due)).isEqualTo(Duration.ofDays(7));
        Api.as("school").get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].to", equalTo("RECEIVED")).body("[0].actor", equalTo("school"))
                .body("[1].from", equalTo("RECEIVED")).body("[1].to", equalTo("ACCEPTED"))
                .body("[1].actor", equalTo("system"));
    }

    @Test
    void aReferrersReferralCarriesItsOwnRoleAndOrganisationWhateverTheBodySays() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "referrer").put("role", "PPR");
        Referrals.part(body, "referrer").put("organisation", "Someone Else");
        Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(201)
                .body("referrer.role", equalTo("DAYCARE"))
                .body("referrer.organisation", equalTo("Børnehuset Solsikken"));
    }

    @Test
    void aReferrerNeedsNoReferrerBlockAtAll() {
        Map<String, Object> body = Referrals.sandplay();
        body.remove("referrer");
        Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(201)
                .body("referrer.organisation", equalTo("Børnehuset Solsikken"));
    }

    @Test
    void aCoordinatorReferringOnSomeonesBehalfMustNameTheReferrer() {
        Map<String, Object> body = Referrals.sandplay();
        body.remove("referrer");
        Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("referrer.role"));
    }

    @Test
    void aReferrerCannotSeeAnotherOrganisationsReferral() {
        String id = Referrals.create("daycare", Referrals.sandplay());
        Api.as("health-visitor").get("/api/v1/referrals/" + id).then().statusCode(404)
                .body("type", org.hamcrest.Matchers.endsWith("/not-found"));
        Api.as("health-visitor").get("/api/v1/referrals/" + id + "/history").then().statusCode(404);
        Api.as("daycare").get("/api/v1/referrals/" + id).then().statusCode(200);
        Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200);
        Api.as("practitioner").get("/api/v1/referrals/" + id).then().statusCode(200);
    }

    @Test
    void aReferrersListHoldsOnlyItsOwnOrganisationsReferrals() {
        String mine = Referrals.create("school", Referrals.tidligForebyggelse());
        String theirs = Referrals.create("daycare", Referrals.sandplay());
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            io.restassured.response.ExtractableResponse<Response> one = Api.as("school").queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/referrals").then().statusCode(200)
                    .body("items.referrer.organisation", everyItem(equalTo("Nordskolen"))).extract();
            java.util.List<String> ids = one.path("items.id");
            seen.addAll(ids);
            if (ids.size() < 100) {
                break;
            }
        }
        assertThat(seen).contains(mine).doesNotContain(theirs);
        Api.as("coordinator").queryParam("programme", "sandplay").queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).body("items.programmeCode", everyItem(equalTo("sandplay")));
    }

    @Test
    void theListFiltersByStatusAndPages() {
        Referrals.create(Referrals.tidligForebyggelse());
        Referrals.create(Referrals.tidligForebyggelse());
        Referrals.create(Referrals.tidligForebyggelse());
        int total = Api.as("coordinator").queryParam("programme", "tidlig-forebyggelse").queryParam("status", "ACCEPTED")
                .queryParam("size", 2).get("/api/v1/referrals").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("items.size()", equalTo(2))
                .body("items.status", everyItem(equalTo("ACCEPTED")))
                .extract().path("totalItems");
        assertThat(total).isGreaterThanOrEqualTo(3);
        Api.as("coordinator").queryParam("programme", "tidlig-forebyggelse").queryParam("status", "ACCEPTED")
                .queryParam("size", 2).queryParam("page", 1).get("/api/v1/referrals").then()
                .body("page", equalTo(1)).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void theListPagesThroughReferralsInOrderOfReceiptWithNoneTwice() {
        for (int i = 0; i < 6; i++) {
            Referrals.create(Referrals.tidligForebyggelse());
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            listed.addAll(Api.as("coordinator").queryParam("programme", "tidlig-forebyggelse").queryParam("size", 2)
                    .queryParam("page", page).get("/api/v1/referrals").then().statusCode(200)
                    .extract().<List<Map<String, Object>>>path("items"));
        }
        List<Instant> received = listed.stream().map(item -> Instant.parse((String) item.get("receivedAt"))).toList();
        assertThat(listed).hasSize(6);
        assertThat(received).isSorted();
        assertThat(listed.stream().map(item -> item.get("id")).distinct()).hasSize(6);
    }

    @Test
    @InvalidRequestsOnPurpose("page numbers outside the contract, to see them refused")
    void aPageBeyondTheContractsLimitIsRefusedAsInvalidNotAServerError() {
        Map<String, String> listsAndReaders = Map.of("/api/v1/referrals", "coordinator",
                "/api/v1/audit-events", "auditor", "/api/v1/subscriptions", "admin",
                "/api/v1/programmes/fonix/waiting-list", "coordinator");
        listsAndReaders.forEach((list, reader) -> Api.as(reader).queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100).get(list).then().statusCode(400).body("errors.field", hasItem("page")));
        Api.as("coordinator").queryParam("page", 1_000_000).get("/api/v1/referrals").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    @InvalidRequestsOnPurpose("page numbers outside the contract, to see them refused")
    void aPageSizeOverTheCapIsCappedAndANegativePageRefused() {
        Api.as("coordinator").queryParam("size", 5000).get("/api/v1/referrals").then().statusCode(200)
                .body("size", equalTo(100));
        Api.as("coordinator").queryParam("page", -1).get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void theCprNumberIsStoredButOnlyEverShownMasked() {
        Map<String, Object> body = Referrals.sandplay();
        String cpr = Cprs.forBirthDate((String) Referrals.part(body, "subject").get("birthDate"));
        Referrals.part(body, "subject").put("cpr", cpr);
        String response = Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(201)
                .body("subject.cpr", equalTo(cpr.substring(0, 6) + "-****")).extract().asString();
        assertThat(response).doesNotContain(cpr);
    }

    @Test
    void aCprWithoutARealDateIsRefusedWithoutEchoingIt() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("cpr", "310222-4321");
        String response = Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("subject.cpr")).extract().asString();
        assertThat(response).doesNotContain("310222-4321");
    }

    @Test
    void aSecondOpenReferralForTheSameChildInTheSameProgrammeIsADuplicate() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.create("daycare", body);
        Api.as("health-visitor").body(body).post("/api/v1/referrals").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/duplicate-referral"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Solsikken")));
    }

    @Test
    void theSameChildMayBeReferredAgainOnceTheFirstReferralIsClosed() {
        Map<String, Object> body = Referrals.sandplay();
        String first = Referrals.create("daycare", body);
        Api.as("coordinator").body(Map.of("reason", "REFERRED_ELSEWHERE")).post("/api/v1/referrals/" + first + "/decline")
                .then().statusCode(200);
        Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(201);
    }

    @Test
    void onlyReferrersIntegrationsAndCoordinatorsMayRefer() {
        Api.as("analyst").body(Referrals.sandplay()).post("/api/v1/referrals").then().statusCode(403);
        Api.as("practitioner").body(Referrals.sandplay()).post("/api/v1/referrals").then().statusCode(403);
        Api.as("integration").body(Referrals.sandplay()).post("/api/v1/referrals").then().statusCode(201);
    }
}
