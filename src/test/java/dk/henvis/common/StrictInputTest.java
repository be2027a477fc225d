package dk.henvis.common;

import dk.henvis.support.InvalidRequestsOnPurpose;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that Jackson or JAX-RS would take and quietly change is refused with a 400 naming the field. */
@InvalidRequestsOnPurpose("dates out of range, timestamps as numbers, enums with spaces, page and size that are no whole numbers")
@QuarkusTest
class StrictInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-0001-06-15", "+10000-01-01", "1899-12-31", "2101-01-01"})
    void aDateOutsideTheYears1900To2100IsRefusedNamingTheField(String date) {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Referrals.part(body, "consent").put("date", date);
        refused(body, "consent.date");
    }

    @Test
    void aFullTimestampWhereADateIsDueIsRefused() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Referrals.part(body, "consent").put("date", "2026-11-20T10:00:00Z");
        refused(body, "consent.date");
    }

    @Test
    void theFirstAndTheLastDayOfTheRangeAreTaken() {
        Api.as("coordinator").body(Map.of("name", "Hold " + Referrals.uniqueName(), "capacity", 5,
                        "startDate", "1900-01-01", "endDate", "2100-12-31"))
                .post("/api/v1/programmes/sandplay/groups").then().statusCode(201)
                .body("startDate", equalTo("1900-01-01")).body("endDate", equalTo("2100-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1764000000", "1764000000000", "\"1899-12-31T23:59:59Z\"", "\"2101-01-01T00:00:00Z\"",
            "\"2026-11-23\""})
    void aTimestampThatIsANumberOrOutsideTheRangeIsRefused(String at) {
        String id = Referrals.create(Referrals.sandplay());
        Api.as("coordinator").body("{\"at\": " + at + ", \"channel\": \"PHONE\"}")
                .post("/api/v1/referrals/" + id + "/first-contact")
                .then().statusCode(400).body("errors.field", hasItem("at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" NORMAL", "NORMAL ", " NORMAL "})
    void anEnumValueWithSpacesIsRefused(String priority) {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        body.put("priority", priority);
        refused(body, "priority");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        Api.as("coordinator").body("{\"at\": \"2026-11-23T09:00:00Z\", \"channel\": \"PHONE\", \"channel\": \"EMAIL\"}")
                .post("/api/v1/referrals/" + Referrals.create(Referrals.sandplay()) + "/first-contact")
                .then().statusCode(400).contentType(startsWith(ProblemMapper.PROBLEM_JSON))
                .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri()));
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/referrals HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + RawHttp.basic("coordinator") + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(415);
        org.assertj.core.api.Assertions.assertThat(answer.head()).containsIgnoringCase("content-type: " + ProblemMapper.PROBLEM_JSON);
        org.assertj.core.api.Assertions.assertThat(answer.body()).contains(ProblemType.UNSUPPORTED_MEDIA_TYPE.uri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anne\\u0000N.", "Anne \\ud800", "\\udc00 Anne", "Anne \\udc00\\ud800"})
    void aNulCharacterOrAHalfSurrogatePairInTextIsRefusedNamingTheField(String escaped) {
        Map<String, Object> referral = Referrals.tidligForebyggelse();
        Api.as("coordinator").body(asJson(referral).replace("\"Lise Holm\"", "\"" + escaped + "\""))
                .post("/api/v1/referrals").then().statusCode(400).body("errors.field", hasItem("referrer.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "2147483648", " 1"})
    void aPageOrSizeThatIsNoWholeNumberIsA400NamingTheParameter(String value) {
        for (String list : List.of("/api/v1/referrals", "/api/v1/programmes/sandplay/waiting-list")) {
            Api.as("coordinator").queryParam("page", value).get(list).then().statusCode(400)
                    .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri())).body("errors.field", hasItem("page"));
            Api.as("coordinator").queryParam("size", value).get(list).then().statusCode(400)
                    .body("errors.field", hasItem("size"));
        }
        Api.as("auditor").queryParam("size", value).get("/api/v1/audit-events").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        Api.as("admin").queryParam("page", value).get("/api/v1/subscriptions").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "+10000-01-01", "0000-01-01"})
    void aReportOrAuditPeriodOutsideTheRangeIsRefusedNamingTheParameter(String date) {
        Api.as("analyst").queryParam("from", date).get("/api/v1/reports/programmes/sandplay").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        Api.as("auditor").queryParam("to", date).get("/api/v1/audit-events").then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void anAuditTimestampOutsideTheRangeIsRefused() {
        Api.as("auditor").queryParam("from", "1800-01-01T00:00:00Z").get("/api/v1/audit-events").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void anEmptyAcceptHeaderOnAReportIsAnsweredAsJson() {
        RestAssured.given().auth().preemptive().basic("analyst", "analyst").header("Accept", "")
                .get("/api/v1/reports/programmes/sandplay").then().statusCode(200)
                .contentType(startsWith("application/json")).body("programmeCode", equalTo("sandplay"));
    }

    private static void refused(Map<String, Object> body, String field) {
        ValidatableResponse response = Api.as("coordinator").body(body).post("/api/v1/referrals").then();
        response.statusCode(400).contentType(startsWith(ProblemMapper.PROBLEM_JSON))
                .body("errors.field", hasItem(field)).body("detail", containsString(field));
    }

    private static String asJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
