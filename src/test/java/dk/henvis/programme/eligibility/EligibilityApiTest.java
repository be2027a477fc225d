package dk.henvis.programme.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Eligibility through POST /api/v1/referrals: 422 with the rule in the detail. */
@QuarkusTest
class EligibilityApiTest {

    static Map<String, Object> sandplayChildBorn(java.time.LocalDate birthDate) {
        return Referrals.child("sandplay", "DAYCARE", "Børnehuset Solsikken", birthDate);
    }

    @Test
    void aChildOfSevenIsNotEligibleForSandplay() {
        Api.as("daycare").body(sandplayChildBorn(Referrals.today().minusYears(7))).post("/api/v1/referrals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/not-eligible"))
                .body("detail", containsString("age"));
    }

    @Test
    void aChildWhoTurnedThreeTodayIsAcceptedIntoSandplay() {
        Api.as("daycare").body(sandplayChildBorn(Referrals.today().minusYears(3))).post("/api/v1/referrals")
                .then().statusCode(201).body("subject.ageYears", equalTo(3));
    }

    @Test
    void aChildWhoTurnsThreeTomorrowIsNotYetEligible() {
        Api.as("daycare").body(sandplayChildBorn(Referrals.today().minusYears(3).plusDays(1))).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/not-eligible"));
    }

    @Test
    void anExpectantParentWhoseDueDateHasPassedIsNotEligible() {
        Map<String, Object> body = Referrals.pusterummet();
        Referrals.part(body, "subject").put("expectedDueDate", Referrals.today().minusDays(1).toString());
        Api.as("health-visitor").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/not-eligible")).body("detail", containsString("due date"));
    }

    @Test
    void anExpectantParentDueMoreThanTenMonthsAheadIsNotEligible() {
        Map<String, Object> body = Referrals.pusterummet();
        Referrals.part(body, "subject").put("expectedDueDate", Referrals.today().plusMonths(11).toString());
        Api.as("health-visitor").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("detail", containsString("10 months"));
    }

    @Test
    void aParentWhoseInfantIsAYearOldIsNotEligibleForFonix() {
        Map<String, Object> body = Referrals.fonix();
        Referrals.part(body, "subject").put("infantBirthDate", Referrals.today().minusMonths(12).toString());
        Api.as("health-visitor").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("detail", containsString("under 12 months"));
    }

    @Test
    void aSchoolCannotReferToFonix() {
        Map<String, Object> body = Referrals.fonix();
        Api.as("school").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/not-eligible")).body("detail", containsString("SCHOOL"));
    }

    @Test
    void aChildCannotBeReferredToAProgrammeForParents() {
        Map<String, Object> body = Referrals.child("fonix", "HEALTH_VISITOR", "Sundhedsplejen", Referrals.today().minusYears(2));
        Api.as("health-visitor").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/not-eligible")).body("detail", containsString("CHILD"));
    }

    @Test
    void aChildWithAnOpenCaseIsRefusedByTidligForebyggelse() {
        Map<String, Object> body = Referrals.tidligForebyggelse();
        Referrals.part(body, "subject").put("hasOpenCase", true);
        Api.as("school").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/open-case"));
    }

    @Test
    void aChildWithAnOpenCaseMayBeReferredWhereTheProgrammeAllowsIt() {
        Map<String, Object> body = Referrals.sandplay();
        Referrals.part(body, "subject").put("hasOpenCase", true);
        Api.as("daycare").body(body).post("/api/v1/referrals").then().statusCode(201);
    }

    @Test
    void aReferralWithoutParentalConsentIsRefused() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("consent", Map.of("given", false));
        Api.as("daycare").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/consent-missing"));
        body.remove("consent");
        Api.as("daycare").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/consent-missing"));
    }

    @Test
    void aFamilyReferringItselfNeedsNoSeparateConsent() {
        Map<String, Object> body = Referrals.child("tidlig-forebyggelse", "FAMILY", "Familien", Referrals.today().minusYears(12));
        body.remove("consent");
        Api.as("coordinator").body(body).post("/api/v1/referrals")
                .then().statusCode(201).body("referrer.role", equalTo("FAMILY"));
    }

    @Test
    void aWellbeingScoreOffTheProgrammesScaleIsARuleViolation() {
        Map<String, Object> body = Referrals.sandplay();
        body.put("wellbeingScore", 11);
        Api.as("daycare").body(body).post("/api/v1/referrals")
                .then().statusCode(422).body("type", endsWith("/rule-violated")).body("detail", containsString("1-10"));
    }
}
