package dk.henvis.places;

import static dk.henvis.places.Fixtures.accepted;
import static dk.henvis.places.Fixtures.group;
import static dk.henvis.places.Fixtures.patch;
import static dk.henvis.places.Fixtures.place;
import static dk.henvis.places.Fixtures.placed;
import static dk.henvis.places.Fixtures.referral;
import static dk.henvis.places.Fixtures.rollingProgramme;
import static dk.henvis.places.Fixtures.waitlisted;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupApiTest {

    @Inject
    CohortClosing cohortClosing;

    @Test
    void coordinatorCreatesAGroupThatStartsOpenWithEveryPlaceFree() {
        String programme = rollingProgramme();
        Map<String, Object> body = Map.of("name", "Fønix tirsdag", "capacity", 8, "minParticipants", 5,
                "startDate", "2026-12-01", "endDate", "2027-05-31", "leaders", List.of("Sundhedsplejerske", "Psykolog"));
        String location = Api.as("coordinator").body(body).post("/api/v1/programmes/" + programme + "/groups")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("OPEN")).body("capacity", equalTo(8)).body("occupiedPlaces", equalTo(0))
                .body("freePlaces", equalTo(8)).body("minParticipants", equalTo(5)).body("startDate", equalTo("2026-12-01"))
                .body("leaders", containsInAnyOrder("Sundhedsplejerske", "Psykolog")).body("programmeCode", equalTo(programme))
                .extract().header("Location");
        Api.as("coordinator").get(location).then().statusCode(200)
                .body("name", equalTo("Fønix tirsdag")).body("participants.size()", equalTo(0));
        Api.as("admin").get("/api/v1/programmes/" + programme + "/groups").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].name", equalTo("Fønix tirsdag")).body("[0].participants", nullValue());
    }

    @Test
    @InvalidRequestsOnPurpose("blank names, zero capacity and unknown fields, to see them refused")
    void groupWithoutNameOrWithZeroCapacityIsRefusedWith400() {
        Api.as("coordinator").body(Map.of("name", " ", "capacity", 0))
                .post("/api/v1/programmes/" + rollingProgramme() + "/groups")
                .then().statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItems("name", "capacity"));
    }

    @Test
    @InvalidRequestsOnPurpose("blank names, zero capacity and unknown fields, to see them refused")
    void groupEndingBeforeItStartsOrWithMinimumAboveCapacityIsRefusedWith400() {
        String programme = rollingProgramme();
        Api.as("coordinator").body(Map.of("name", "Hold", "capacity", 5, "startDate", "2026-12-01", "endDate", "2026-11-01"))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(400)
                .body("type", endsWith("/validation-failed"));
        Api.as("coordinator").body(Map.of("name", "Hold", "capacity", 5, "minParticipants", 6))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(400)
                .body("type", endsWith("/validation-failed"));
        Api.as("coordinator").body(Map.of("name", "Hold", "capacity", 5, "colour", "blue"))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(400)
                .body("errors.field", hasItem("colour"));
        Api.as("coordinator").get("/api/v1/programmes/" + programme + "/groups").then().body("size()", equalTo(0));
    }

    @Test
    void groupOfAnUnknownProgrammeIsNotFound() {
        Api.as("coordinator").body(Map.of("name", "Hold", "capacity", 5))
                .post("/api/v1/programmes/no-such-programme/groups").then().statusCode(404);
        Api.as("coordinator").get("/api/v1/groups/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose("blank names, zero capacity and unknown fields, to see them refused")
    void patchChangesOnlyTheFieldsGiven() {
        String programme = rollingProgramme();
        String group = group(programme, Map.of("name", "Hold A", "capacity", 6, "leaders", List.of("Psykolog")));
        patch(group, Map.of("name", "Hold B", "endDate", "2027-06-30")).statusCode(200)
                .body("name", equalTo("Hold B")).body("capacity", equalTo(6)).body("endDate", equalTo("2027-06-30"))
                .body("leaders", containsInAnyOrder("Psykolog"));
        patch(group, Map.of("capacity", 0)).statusCode(400);
    }

    @Test
    void capacityBelowTheOccupiedPlacesIsRefusedWith422() {
        String programme = rollingProgramme();
        String group = group(programme, 3);
        placed(programme, group);
        placed(programme, group);
        patch(group, Map.of("capacity", 1)).statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("2"));
        Fixtures.group(group).body("capacity", equalTo(3)).body("occupiedPlaces", equalTo(2));
        patch(group, Map.of("capacity", 2)).statusCode(200).body("freePlaces", equalTo(0));
    }

    @Test
    void finishingAGroupThatStillHasParticipantsIsRefusedWith422() {
        String programme = rollingProgramme();
        String group = group(programme, 3);
        placed(programme, group);
        patch(group, Map.of("status", "FINISHED")).statusCode(422).body("type", endsWith("/rule-violated"));
        Fixtures.group(group).body("status", equalTo("OPEN"));
    }

    @Test
    void raisingTheCapacityPlacesTheFirstWaitlistedReferrals() {
        String programme = rollingProgramme();
        String group = group(programme, 1);
        placed(programme, group);
        String first = waitlisted(programme, "NORMAL");
        String second = waitlisted(programme, "NORMAL");
        String third = waitlisted(programme, "NORMAL");

        patch(group, Map.of("capacity", 3)).statusCode(200).body("occupiedPlaces", equalTo(3)).body("freePlaces", equalTo(0));

        referral(first).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        referral(second).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        referral(third).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        List<Map<String, Object>> history = Fixtures.history(first);
        Map<String, Object> last = history.get(history.size() - 1);
        org.assertj.core.api.Assertions.assertThat(last).containsEntry("to", "PLACED").containsEntry("actor", "system")
                .containsEntry("reason", "AUTO_PROMOTED");
    }

    @Test
    void reopeningAClosedGroupPlacesWaitlistedReferrals() {
        String programme = rollingProgramme();
        String group = group(programme, 2);
        patch(group, Map.of("status", "CLOSED")).statusCode(200).body("status", equalTo("CLOSED"));
        String waiting = waitlisted(programme, "NORMAL");
        referral(waiting).body("status", equalTo("WAITLISTED"));
        patch(group, Map.of("status", "OPEN")).statusCode(200).body("occupiedPlaces", equalTo(1));
        referral(waiting).body("status", equalTo("PLACED")).body("groupId", equalTo(group));
    }

    @Test
    void openingANewGroupPlacesWaitlistedReferralsUpToItsCapacity() {
        String programme = rollingProgramme();
        String oldest = waitlisted(programme, "NORMAL");
        String normal1 = waitlisted(programme, "NORMAL");
        String normal2 = waitlisted(programme, "NORMAL");
        String urgent = waitlisted(programme, "HIGH");

        Api.as("coordinator").body(Map.of("name", "Nyt hold", "capacity", 2))
                .post("/api/v1/programmes/" + programme + "/groups")
                .then().statusCode(201).body("occupiedPlaces", equalTo(2)).body("freePlaces", equalTo(0));

        referral(urgent).body("status", equalTo("PLACED"));
        referral(oldest).body("status", equalTo("PLACED"));
        referral(normal1).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        referral(normal2).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
    }

    @Test
    void theCreationOfAGroupThatPromotedWaitlistedReferralsAnswersThemAsParticipants() {
        String programme = rollingProgramme();
        String first = waitlisted(programme, "NORMAL");
        String second = waitlisted(programme, "NORMAL");

        Api.as("coordinator").body(Map.of("name", "Nyt hold", "capacity", 3))
                .post("/api/v1/programmes/" + programme + "/groups")
                .then().statusCode(201).body("occupiedPlaces", equalTo(2)).body("freePlaces", equalTo(1))
                .body("participants.size()", equalTo(2))
                .body("participants.referralId", containsInAnyOrder(first, second))
                .body("participants[0].status", equalTo("PLACED"));
    }

    @Test
    void aPatchWithAStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String programme = rollingProgramme();
        String group = group(programme, Map.of("name", "Hold A", "capacity", 4));
        String stale = Fixtures.group(group).extract().header("ETag");
        patch(group, Map.of("name", "Hold B")).statusCode(200);

        Api.as("coordinator").header("If-Match", stale).body(Map.of("name", "Hold C", "capacity", 2))
                .patch("/api/v1/groups/" + group).then().statusCode(412).body("type", endsWith("/precondition-failed"));
        Fixtures.group(group).body("name", equalTo("Hold B")).body("capacity", equalTo(4));

        String current = Fixtures.group(group).extract().header("ETag");
        Api.as("coordinator").header("If-Match", current).body(Map.of("name", "Hold C"))
                .patch("/api/v1/groups/" + group).then().statusCode(200).body("name", equalTo("Hold C"));
    }

    @Test
    void aPatchThatPutsTheMinimumAboveTheCapacityIsRefusedLikeACreation() {
        String programme = rollingProgramme();
        String group = group(programme, Map.of("name", "Hold", "capacity", 5, "minParticipants", 3));

        patch(group, Map.of("minParticipants", 6)).statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("minParticipants"));
        patch(group, Map.of("capacity", 2)).statusCode(400).body("errors.field", hasItem("minParticipants"));
        Fixtures.group(group).body("capacity", equalTo(5)).body("minParticipants", equalTo(3));
        Api.as("coordinator").body(Map.of("name", "Hold", "capacity", 5, "minParticipants", 6))
                .post("/api/v1/programmes/" + programme + "/groups").then().statusCode(400)
                .body("errors.field", hasItem("minParticipants"));
        patch(group, Map.of("capacity", 3)).statusCode(200).body("capacity", equalTo(3));
    }

    @Test
    void practitionerSeesTheGroupWithItsParticipants() {
        String programme = rollingProgramme();
        String group = group(programme, 4);
        String one = placed(programme, group);
        String two = placed(programme, group);
        Api.as("practitioner").get("/api/v1/groups/" + group).then().statusCode(200)
                .body("occupiedPlaces", equalTo(2)).body("freePlaces", equalTo(2))
                .body("participants.referralId", containsInAnyOrder(one, two))
                .body("participants[0].status", equalTo("PLACED"))
                .body("participants[0].reference", notNullValue());
    }

    @Test
    void referrerIsForbiddenEveryGroupEndpoint() {
        String programme = rollingProgramme();
        String group = group(programme, 4);
        Api.as("school").get("/api/v1/programmes/" + programme + "/groups").then().statusCode(403)
                .body("type", endsWith("/forbidden"));
        Api.as("school").body(Map.of("name", "Hold", "capacity", 5)).post("/api/v1/programmes/" + programme + "/groups")
                .then().statusCode(403);
        Api.as("school").get("/api/v1/groups/" + group).then().statusCode(403);
        Api.as("school").body(Map.of("capacity", 9)).patch("/api/v1/groups/" + group).then().statusCode(403);
        Api.anonymous().get("/api/v1/groups/" + group).then().statusCode(401);
        Fixtures.group(group).body("capacity", equalTo(4));
    }

    @Test
    void aCohortTakesNobodyFromItsStartDateEvenBeforeTheNightlyJobHasRun() {
        String programme = Fixtures.programme("GROUP_COHORT", true);
        String started = group(programme, cohort("Hold forår", Referrals.today()));
        String upcoming = group(programme, cohort("Hold sommer", Referrals.today().plusDays(14)));

        place(accepted(programme), started).statusCode(422).body("type", endsWith("/rule-violated"))
                .body("detail", containsString("cohort started"));
        place(accepted(programme), upcoming).statusCode(200).body("status", equalTo("PLACED"));
        Fixtures.group(started).body("occupiedPlaces", equalTo(0));
    }

    @Test
    void nightlyJobClosesStartedCohortsButLeavesRollingGroupsAndLaterCohortsOpen() {
        String cohorts = Fixtures.programme("GROUP_COHORT", true);
        String started = group(cohorts, cohort("Hold forår", Referrals.today().minusDays(1)));
        String upcoming = group(cohorts, cohort("Hold sommer", Referrals.today().plusDays(1)));
        String rolling = group(rollingProgramme(), cohort("Løbende", Referrals.today().minusDays(30)));

        cohortClosing.closeStartedCohorts();

        Fixtures.group(started).body("status", equalTo("CLOSED"));
        Fixtures.group(upcoming).body("status", equalTo("OPEN"));
        Fixtures.group(rolling).body("status", equalTo("OPEN"));
    }

    @Test
    void aRollingGroupKeepsTakingParticipantsAfterItsStartDate() {
        String programme = rollingProgramme();
        String group = group(programme, cohort("Fønix", Referrals.today().minusMonths(3)));
        place(accepted(programme), group).statusCode(200).body("groupId", equalTo(group));
    }

    private static Map<String, Object> cohort(String name, java.time.LocalDate start) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("capacity", 5);
        body.put("startDate", start.toString());
        return body;
    }
}
