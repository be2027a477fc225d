package dk.henvis.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in as in production: real signed JWTs, roles and organisation from configurable claims, no demo users. */
@QuarkusTest
@TestProfile(ProductionSignInProfile.class)
class ProductionSignInTest {

    @Test
    void aSignedCoordinatorTokenIsAccepted() {
        bearer(Tokens.coordinator()).get("/api/v1/referrals").then().statusCode(200);
    }

    @Test
    void rolesComeFromTheConfiguredClaimAndTheTableStillApplies() {
        bearer(Tokens.coordinator()).get("/api/v1/audit-events").then().statusCode(403).body("type", endsWith("/forbidden"));
        bearer(Tokens.sign(Tokens.claims("aud-1", Role.AUDITOR))).get("/api/v1/audit-events").then().statusCode(200);
        bearer(Tokens.sign(Tokens.claims("nobody"))).get("/api/v1/programmes").then().statusCode(403);
    }

    @Test
    void theReferrersOrganisationComesFromTheTokenAndLimitsWhatItSees() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Referrals.part(body, "referrer").put("organisation", "Whatever the body says");
        String id = bearer(Tokens.referrer("Vestskolen", "SCHOOL")).body(body).post("/api/v1/referrals")
                .then().statusCode(201).body("referrer.organisation", equalTo("Vestskolen"))
                .body("referrer.role", equalTo("SCHOOL")).extract().path("id");

        bearer(Tokens.referrer("Vestskolen", "SCHOOL")).get("/api/v1/referrals/" + id).then().statusCode(200);
        bearer(Tokens.referrer("Østskolen", "SCHOOL")).get("/api/v1/referrals/" + id).then().statusCode(404);
        bearer(Tokens.referrer("Østskolen", "SCHOOL")).get("/api/v1/referrals?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.referrer.organisation", everyItem(equalTo("Østskolen")));
    }

    @Test
    void aPractitionerSeesOnlyTheProgrammesInItsClaim() {
        String sandplay = create(Referrals.sandplay());
        String fonix = create(Referrals.fonix());
        bearer(Tokens.practitioner("fonix")).get("/api/v1/referrals/" + fonix).then().statusCode(200);
        bearer(Tokens.practitioner("fonix")).get("/api/v1/referrals/" + sandplay).then().statusCode(404);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        bearer(Tokens.signedWithAnotherKey(Tokens.claims("mallory", Role.COORDINATOR)))
                .get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIs401() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        bearer(Tokens.sign(Tokens.claims("late", Role.COORDINATOR).issuedAt(past - 600).expiresAt(past)))
                .get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        bearer(Tokens.sign(Tokens.claims("x", Role.COORDINATOR).issuer("https://elsewhere.invalid")))
                .get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void theDemoUsersDoNotExist() {
        given().auth().preemptive().basic("coordinator", "coordinator").accept(ContentType.JSON)
                .get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void noCredentialsIs401() {
        given().accept(ContentType.JSON).get("/api/v1/referrals").then().statusCode(401);
    }

    private static String create(Map<String, Object> body) {
        return bearer(Tokens.coordinator()).body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
