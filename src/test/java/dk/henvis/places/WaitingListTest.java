package dk.henvis.places;

import static dk.henvis.places.Fixtures.group;
import static dk.henvis.places.Fixtures.placed;
import static dk.henvis.places.Fixtures.referral;
import static dk.henvis.places.Fixtures.waitlisted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitingListTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void waitingListPutsHighPriorityFirstThenTheOldest() {
        String programme = Fixtures.rollingProgramme();
        String normal1 = waitlisted(programme, "NORMAL");
        String high1 = waitlisted(programme, "HIGH");
        String normal2 = waitlisted(programme, "NORMAL");
        String high2 = waitlisted(programme, "HIGH");

        JsonPath list = waitingList(programme).extract().jsonPath();

        assertThat(list.getList("items.referralId")).containsExactly(high1, high2, normal1, normal2);
        assertThat(list.getList("items.position", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(list.getList("items.priority")).containsExactly("HIGH", "HIGH", "NORMAL", "NORMAL");
        assertThat(list.getInt("totalItems")).isEqualTo(4);
        assertThat(list.getString("items[0].reference")).startsWith("H-");
        assertThat(list.getString("items[0].waitlistedAt")).isNotBlank();
        referral(high2).body("waitlistPosition", equalTo(2));
        referral(normal2).body("waitlistPosition", equalTo(4));
    }

    @Test
    void theReferralListShowsEachWaitlistedReferralAtItsPlaceOnTheWaitingList() {
        String programme = Fixtures.rollingProgramme();
        String normal1 = waitlisted(programme, "NORMAL");
        String high1 = waitlisted(programme, "HIGH");
        String normal2 = waitlisted(programme, "NORMAL");

        JsonPath list = Api.as("coordinator").get("/api/v1/referrals?programme=" + programme + "&status=WAITLISTED&size=10")
                .then().statusCode(200).extract().jsonPath();

        assertThat(list.getList("items.id")).containsExactly(normal1, high1, normal2); // the list is by receipt
        assertThat(list.getList("items.waitlistPosition", Integer.class)).containsExactly(2, 1, 3);
    }

    @Test
    void autoPromotionTakesTheWaitingListInTheSameOrder() {
        String programme = Fixtures.rollingProgramme();
        String normal = waitlisted(programme, "NORMAL");
        String high = waitlisted(programme, "HIGH");
        group(programme, 1);
        referral(high).body("status", equalTo("PLACED"));
        referral(normal).body("status", equalTo("WAITLISTED"));
    }

    @Test
    @InvalidRequestsOnPurpose("a page size of 0, which the contract does not allow, to see it refused")
    void pagesOfTheWaitingListKeepTheirAbsolutePositions() {
        String programme = Fixtures.rollingProgramme();
        for (int i = 0; i < 3; i++) {
            waitlisted(programme, "NORMAL");
        }
        Api.as("coordinator").get("/api/v1/programmes/" + programme + "/waiting-list?page=1&size=2").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].position", equalTo(3)).body("totalItems", equalTo(3));
        Api.as("coordinator").get("/api/v1/programmes/" + programme + "/waiting-list?size=0").then().statusCode(400);
    }

    @Test
    void withoutEndedPlacementsTheEstimateUsesTheTypicalCourseLength() {
        String programme = Fixtures.rollingProgramme();
        String group = group(programme, 2);
        placed(programme, group);
        placed(programme, group);
        waitlisted(programme, "NORMAL");
        waitlisted(programme, "NORMAL");
        waitlisted(programme, "NORMAL");

        // Default 90 days per course, 2 places, none free: ceil(k × 90 / 2).
        assertThat(waitingList(programme).extract().jsonPath().getList("items.estimatedWaitDays", Integer.class))
                .containsExactly(45, 90, 135);
    }

    @Test
    void theEstimateFollowsHowLongPlacesWereRecentlyHeld() {
        String programme = Fixtures.programme("GROUP_ROLLING", false);
        String group = group(programme, 2);
        String leaves = placed(programme, group);
        placed(programme, group);
        waitlisted(programme, "NORMAL");
        waitlisted(programme, "NORMAL");
        waitlisted(programme, "NORMAL");

        clock.advance(Duration.ofHours(29 * 24 + 12));
        Fixtures.withdraw(leaves).statusCode(200);

        // One place was held 29.5 days; 2 places of which 1 is free (no auto-promotion here):
        // position 1 could be placed today, then ceil((k − 1) × 29.5 / 2).
        assertThat(waitingList(programme).extract().jsonPath().getList("items.estimatedWaitDays", Integer.class))
                .containsExactly(0, 15, 30);
    }

    @Test
    void withoutAGroupThatTakesParticipantsThereIsNoEstimate() {
        String programme = Fixtures.rollingProgramme();
        waitlisted(programme, "NORMAL");
        waitingList(programme).body("items[0].position", equalTo(1)).body("items[0].estimatedWaitDays", nullValue());
    }

    @Test
    void onlyACoordinatorSeesTheWaitingList() {
        String programme = Fixtures.rollingProgramme();
        Api.as("school").get("/api/v1/programmes/" + programme + "/waiting-list").then().statusCode(403);
        Api.as("practitioner").get("/api/v1/programmes/" + programme + "/waiting-list").then().statusCode(403);
        Api.as("coordinator").get("/api/v1/programmes/no-such-programme/waiting-list").then().statusCode(404);
    }

    @Test
    void anEmptyWaitingListIsAnEmptyPage() {
        waitingList(Fixtures.rollingProgramme()).body("items.size()", equalTo(0)).body("totalItems", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse waitingList(String programme) {
        return Api.as("coordinator").get("/api/v1/programmes/" + programme + "/waiting-list").then().statusCode(200);
    }

}
