package dk.henvis.places;

import static dk.henvis.places.Fixtures.group;
import static dk.henvis.places.Fixtures.placed;
import static dk.henvis.places.Fixtures.referral;
import static dk.henvis.places.Fixtures.waitlisted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A referral that gives its place up hands it to the first on the waiting list in the same transaction,
 * and is itself written once: its version (the ETag) moves by exactly one, with every field of the
 * decision in place. A field set after the hand-over would cost the row a second update.
 */
@QuarkusTest
class PlaceGivenUpTest {

    @Test
    void aWithdrawalThatHandsItsPlaceOnWritesTheReferralOnce() {
        String holder = givesUpItsPlaceWithOneWrite(id -> { }, Fixtures::withdraw, "WITHDRAWN");
        referral(holder).body("closeReason", equalTo("NO_LONGER_NEEDED"));
    }

    @Test
    void anEscalationThatHandsItsPlaceOnWritesTheReferralOnceAndRecordsWhenAndToWhom() {
        String holder = givesUpItsPlaceWithOneWrite(id -> { }, Courses::escalate, "ESCALATED");
        String closedAt = referral(holder).extract().path("closedAt");
        referral(holder).body("escalation.at", equalTo(closedAt))
                .body("escalation.notifiedUnit", equalTo("Familieafdelingen"));
    }

    @Test
    void aCompletionThatHandsItsPlaceOnWritesTheReferralOnce() {
        String holder = givesUpItsPlaceWithOneWrite(
                id -> Courses.session(id, Referrals.today(), "REGULAR", true).statusCode(201),
                id -> Courses.complete(id, "GOAL_REACHED"), "COMPLETED");
        referral(holder).body("outcome", equalTo("GOAL_REACHED"));
    }

    /** @return the referral that gave its place up */
    private static String givesUpItsPlaceWithOneWrite(Consumer<String> before,
            Function<String, ValidatableResponse> giveUp, String status) {
        String programme = Fixtures.programme("INDIVIDUAL", true);
        String group = group(programme, 1);
        String holder = placed(programme, group);
        String next = waitlisted(programme, "NORMAL");
        before.accept(holder);
        int version = version(holder);

        String etag = giveUp.apply(holder).statusCode(200).body("status", equalTo(status)).extract().header("ETag");

        assertThat(etag).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(version(holder)).isEqualTo(version + 1);
        referral(next).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        return holder;
    }

    private static int version(String id) {
        return Integer.parseInt(Api.as("coordinator").get("/api/v1/referrals/" + id).then().statusCode(200)
                .extract().header("ETag").replace("\"", ""));
    }
}
