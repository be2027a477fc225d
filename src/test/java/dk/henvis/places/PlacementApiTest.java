package dk.henvis.places;

import static dk.henvis.places.Fixtures.accepted;
import static dk.henvis.places.Fixtures.group;
import static dk.henvis.places.Fixtures.patch;
import static dk.henvis.places.Fixtures.place;
import static dk.henvis.places.Fixtures.placed;
import static dk.henvis.places.Fixtures.referral;
import static dk.henvis.places.Fixtures.rollingProgramme;
import static dk.henvis.places.Fixtures.waitlisted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import dk.henvis.support.InvalidRequestsOnPurpose;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementApiTest {

    @Test
    void acceptedReferralIsPlacedInAnOpenGroupOfItsProgramme() {
        String programme = rollingProgramme();
        String group = group(programme, 2);
        String id = accepted(programme);
        place(id, group).statusCode(200).body("status", equalTo("PLACED")).body("groupId", equalTo(group))
                .body("waitlistPosition", nullValue());
        Fixtures.group(group).body("occupiedPlaces", equalTo(1)).body("freePlaces", equalTo(1))
                .body("participants[0].referralId", equalTo(id));
    }

    @Test
    void aFullGroupAnswers409GroupFullAndChangesNothing() {
        String programme = rollingProgramme();
        String group = group(programme, 1);
        placed(programme, group);
        String late = accepted(programme);
        place(late, group).statusCode(409).body("type", endsWith("/group-full"))
                .body("detail", containsString("1 of 1"));
        referral(late).body("status", equalTo("ACCEPTED")).body("groupId", nullValue());
        assertThat(Fixtures.history(late)).hasSize(2);
        Fixtures.group(group).body("occupiedPlaces", equalTo(1));
    }

    @Test
    void aClosedGroupIsRefusedWith422() {
        String programme = rollingProgramme();
        String group = group(programme, 3);
        patch(group, Map.of("status", "CLOSED")).statusCode(200);
        String id = accepted(programme);
        place(id, group).statusCode(422).body("type", endsWith("/rule-violated")).body("detail", containsString("CLOSED"));
        referral(id).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aGroupOfAnotherProgrammeIsRefusedWith422() {
        String group = group(rollingProgramme(), 3);
        String id = accepted(rollingProgramme());
        place(id, group).statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("belongs to programme"));
        Fixtures.group(group).body("occupiedPlaces", equalTo(0));
    }

    @Test
    @InvalidRequestsOnPurpose("a placement without groupId, to see it refused")
    void anUnknownGroupIsRefusedWith422AndAMissingGroupIdWith400() {
        String id = accepted(rollingProgramme());
        place(id, UUID.randomUUID().toString()).statusCode(422);
        Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + id + "/placement").then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"));
        Api.as("coordinator").body(Map.of("groupId", "not-a-uuid")).post("/api/v1/referrals/" + id + "/placement")
                .then().statusCode(400);
    }

    @Test
    void aReferralStillInAssessmentCannotBePlaced() {
        String group = group("sandplay", 3);
        String id = Referrals.create(Referrals.sandplay());
        Referrals.firstContact(id).body("status", equalTo("IN_ASSESSMENT"));
        place(id, group).statusCode(409).body("type", endsWith("/invalid-transition"))
                .body("detail", containsString("IN_ASSESSMENT"));
        Fixtures.referral(id).body("status", equalTo("IN_ASSESSMENT")).body("groupId", nullValue());
        Fixtures.group(group).body("occupiedPlaces", equalTo(0));
    }

    @Test
    void aWithdrawnReferralCannotBePlaced() {
        String programme = rollingProgramme();
        String group = group(programme, 3);
        String id = accepted(programme);
        Fixtures.withdraw(id).statusCode(200);
        place(id, group).statusCode(409).body("type", endsWith("/invalid-transition"))
                .body("detail", containsString("WITHDRAWN"));
        Fixtures.group(group).body("occupiedPlaces", equalTo(0));
    }

    @Test
    void movingToAnotherGroupFreesTheOldPlaceAndFillsItFromTheWaitingList() {
        String programme = rollingProgramme();
        String from = group(programme, 1);
        String to = group(programme, 1);
        String mover = placed(programme, from);
        String waiting = waitlisted(programme, "NORMAL");

        place(mover, to).statusCode(200).body("groupId", equalTo(to));

        Fixtures.group(to).body("occupiedPlaces", equalTo(1));
        Fixtures.group(from).body("occupiedPlaces", equalTo(1)).body("participants[0].referralId", equalTo(waiting));
        referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(from));
        List<Map<String, Object>> moves = Fixtures.history(mover);
        assertThat(moves.get(moves.size() - 1)).containsEntry("from", "PLACED").containsEntry("to", "PLACED")
                .containsEntry("reason", "MOVED");
    }

    @Test
    void aMoveIntoAFullGroupKeepsTheOldPlace() {
        String programme = rollingProgramme();
        String from = group(programme, 2);
        String full = group(programme, 1);
        placed(programme, full);
        String mover = placed(programme, from);
        place(mover, full).statusCode(409).body("type", endsWith("/group-full"));
        referral(mover).body("groupId", equalTo(from));
        Fixtures.group(from).body("occupiedPlaces", equalTo(1));
        Fixtures.group(full).body("occupiedPlaces", equalTo(1));
    }

    @Test
    void aWaitlistedReferralCanBePlacedByHand() {
        String programme = rollingProgramme();
        String waiting = waitlisted(programme, "NORMAL");
        String group = group(programme, Map.of("name", "Hold", "capacity", 1));
        // Opening the group promoted the only waitlisted referral already.
        referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(group));

        String other = Fixtures.programme("GROUP_ROLLING", false);
        String manual = group(other, 1);
        String byHand = waitlisted(other, "NORMAL");
        referral(byHand).body("status", equalTo("WAITLISTED"));
        place(byHand, manual).statusCode(200).body("status", equalTo("PLACED"));
    }

    @Test
    void withoutAutoPromoteAFreedPlaceStaysFree() {
        String programme = Fixtures.programme("GROUP_ROLLING", false);
        String group = group(programme, 1);
        String holder = placed(programme, group);
        String waiting = waitlisted(programme, "HIGH");
        Fixtures.withdraw(holder).statusCode(200);
        referral(waiting).body("status", equalTo("WAITLISTED"));
        Fixtures.group(group).body("occupiedPlaces", equalTo(0));
    }

    @Test
    void onlyACoordinatorPlacesOrWaitlists() {
        String programme = rollingProgramme();
        String group = group(programme, 2);
        String id = accepted(programme);
        Api.as("practitioner").body(Map.of("groupId", group)).post("/api/v1/referrals/" + id + "/placement")
                .then().statusCode(403);
        Api.as("school").body(Map.of()).post("/api/v1/referrals/" + id + "/waitlist").then().statusCode(403);
        referral(id).body("status", equalTo("ACCEPTED"));
    }
}
