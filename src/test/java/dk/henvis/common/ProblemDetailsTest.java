package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failure is RFC 9457 problem details with the contract's type names and nothing internal. */
@QuarkusTest
class ProblemDetailsTest {

    static ValidatableResponse post(String json) {
        return Api.as("coordinator").body(json).post("/api/v1/referrals").then();
    }

    static void assertClean(ValidatableResponse response) {
        String body = response.contentType("application/problem+json").extract().asString();
        assertThat(body).doesNotContainIgnoringCase("exception")
                .doesNotContain("dk.henvis").doesNotContain("com.fasterxml").doesNotContain("java.")
                .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert into")
                .doesNotContain("\tat ");
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void malformedJsonIsAValidationProblem() {
        ValidatableResponse r = post("{\"programmeCode\": \"sandplay\",").statusCode(400)
                .body("type", endsWith("/validation-failed")).body("status", equalTo(400))
                .body("title", org.hamcrest.Matchers.notNullValue()).body("errors.field", hasItem("body"));
        assertClean(r);
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anUnknownFieldIsNamed() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("favouriteColour", "blue");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("favouriteColour")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anUnknownNestedFieldIsNamedWithItsPath() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("shoeSize", 31);
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("subject.shoeSize")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void aWrongEnumValueListsTheAllowedOnes() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("priority", "URGENT");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("priority"))
                .body("errors[0].message", equalTo("must be one of [HIGH, NORMAL]")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anImpossibleDateIsAValidationProblem() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("birthDate", "2022-02-30");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("subject.birthDate")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void aNumberSentAsTextIsAWrongType() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("wellbeingScore", "4");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("wellbeingScore")));
    }

    @Test
    void anUnknownProgrammeCodeInTheBodyIsAValidationProblem() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("programmeCode", "no-such-programme");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("programmeCode")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void missingRequiredFieldsAreAllListed() {
        assertClean(post("{}").statusCode(400)
                .body("errors.field", hasItem("programmeCode"))
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("reason")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void aChildWithoutABirthDateIsAValidationProblem() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").remove("birthDate");
        assertClean(Api.as("coordinator").body(body).post("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("subject.birthDate")));
    }

    @Test
    void aBirthDateInTheFutureIsAValidationProblem() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("birthDate", Referrals.today().plusDays(2).toString());
        post(toJson(body)).statusCode(400).body("errors.field", hasItem("subject.birthDate"));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anEmptyBodyIsAValidationProblem() {
        assertClean(Api.as("coordinator").post("/api/v1/referrals").then().statusCode(400)
                .body("type", endsWith("/validation-failed")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void aWrongContentTypeIsUnsupportedMediaType() {
        assertClean(io.restassured.RestAssured.given().auth().preemptive().basic("coordinator", "coordinator")
                .contentType("text/plain").body("programmeCode=sandplay").post("/api/v1/referrals").then()
                .statusCode(415).body("type", endsWith("/unsupported-media-type")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anUnknownAddressIsANotFoundProblem() {
        assertClean(Api.as("coordinator").get("/api/v1/nothing-here").then().statusCode(404)
                .body("type", endsWith("/not-found")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void anUnsupportedMethodIsAProblem() {
        assertClean(Api.as("coordinator").delete("/api/v1/programmes").then().statusCode(405)
                .body("type", endsWith("/method-not-allowed")));
    }

    @Test
    @InvalidRequestsOnPurpose("each sends one fault the contract forbids, to see the problem it gets")
    void aDeeplyNestedBodyIsRefused() {
        String deep = "{\"programmeCode\":\"sandplay\",\"subject\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}";
        assertClean(post(deep).statusCode(400).body("type", endsWith("/validation-failed")));
    }

    @Test
    void missingCredentialsAreUnauthorizedWithAChallenge() {
        assertClean(Api.anonymous().body(Referrals.sandplay()).post("/api/v1/referrals").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic"))
                .body("type", endsWith("/unauthorized")));
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        io.restassured.RestAssured.given().auth().preemptive().basic("coordinator", "wrong")
                .get("/api/v1/programmes").then().statusCode(401).contentType("application/problem+json");
    }

    static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
