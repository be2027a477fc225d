package dk.henvis.session;

import static dk.henvis.session.Courses.session;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtensionTest {

    @Inject
    MutableClock clock;

    private final LocalDate today = Referrals.today();

    private static io.restassured.response.ValidatableResponse extend(String referral, int sessions, String why) {
        return Api.as("coordinator").body(Map.of("additionalSessions", sessions, "justification", why))
                .post("/api/v1/referrals/" + referral + "/extension").then();
    }

    @Test
    void rettidigUngeIndsatsAllowsSixSessionsThenOneJustifiedExtensionOfSixMore() {
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 4),
                clock);
        Courses.sessions(pupil, today, 6);
        session(pupil, today, "REGULAR", true).statusCode(409).body("type", endsWith("/session-limit-reached"));

        extend(pupil, 6, "Fortsat skolefravær; forældre og lærer ønsker forlængelse").statusCode(200)
                .body("sessionLimit", equalTo(12)).body("extensionsGranted", equalTo(1)).body("sessionsUsed", equalTo(6));

        Courses.sessions(pupil, today, 6);
        session(pupil, today, "REGULAR", true).statusCode(409).body("type", endsWith("/session-limit-reached"));
        Api.as("coordinator").get("/api/v1/referrals/" + pupil).then().body("sessionsUsed", equalTo(12));
    }

    @Test
    void aSecondExtensionIsRefused() {
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 4),
                clock);
        extend(pupil, 6, "Vurderet behov").statusCode(200);

        extend(pupil, 6, "Igen").statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("1 extension"));
        Api.as("coordinator").get("/api/v1/referrals/" + pupil).then()
                .body("sessionLimit", equalTo(12)).body("extensionsGranted", equalTo(1));
    }

    @Test
    void anExtensionOfMoreThanTheProgrammeAllowsIsRefused() {
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 4),
                clock);
        extend(pupil, 7, "For mange").statusCode(422).body("detail", containsString("at most 6"));
        Api.as("coordinator").get("/api/v1/referrals/" + pupil).then().body("sessionLimit", equalTo(6));
    }

    @Test
    void tidligForebyggelseAllowsNoExtension() {
        String child = Courses.placed(Courses.tidligForebyggelse(today), Courses.group("tidlig-forebyggelse", 3),
                clock);
        extend(child, 2, "Behov").statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("allows no extension"));
        Api.as("coordinator").get("/api/v1/referrals/" + child).then()
                .body("sessionLimit", equalTo(5)).body("extensionsGranted", equalTo(0));
    }

    @Test
    @InvalidRequestsOnPurpose("a blank justification, to see it refused")
    void anExtensionNeedsAJustification() {
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 4),
                clock);
        extend(pupil, 6, " ").statusCode(400).body("type", endsWith("/validation-failed"));
        Api.as("coordinator").body(Map.of("additionalSessions", 6)).post("/api/v1/referrals/" + pupil + "/extension")
                .then().statusCode(400);
        Api.as("coordinator").get("/api/v1/referrals/" + pupil).then().body("extensionsGranted", equalTo(0));
    }

    @Test
    void onlyACoordinatorGrantsAnExtension() {
        String pupil = Courses.placed(Courses.rettidigUngeIndsats(today), Courses.group("rettidig-unge-indsats", 4),
                clock);
        Api.as("practitioner").body(Map.of("additionalSessions", 6, "justification", "x"))
                .post("/api/v1/referrals/" + pupil + "/extension").then().statusCode(403);
        Api.as("coordinator").get("/api/v1/referrals/" + pupil).then().body("extensionsGranted", equalTo(0));
    }
}
