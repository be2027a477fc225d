package dk.henvis.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Fønix example of seed 000: eleven mothers for one group of eight. */
@QuarkusTest
class FonixPlacementTest {

    @Test
    void elevenMothersForEightPlacesGiveEightPlacedAndThreeWaitlistedAndACompletionPromotesTheFirst() {
        String group = Api.as("coordinator")
                .body(Map.of("name", "Fønix " + Referrals.uniqueName(), "capacity", 8, "minParticipants", 5,
                        "leaders", List.of("Sundhedsplejerske", "Psykolog")))
                .post("/api/v1/programmes/fonix/groups")
                .then().statusCode(201).body("freePlaces", equalTo(8)).extract().path("id");

        List<String> mothers = Referrals.ids(11, Referrals::fonix);
        List<String> waitlisted = new ArrayList<>();
        for (String mother : mothers) {
            int status = Api.as("coordinator").body(Map.of("groupId", group))
                    .post("/api/v1/referrals/" + mother + "/placement").then().extract().statusCode();
            if (status == 409) {
                Api.as("coordinator").body(Map.of()).post("/api/v1/referrals/" + mother + "/waitlist")
                        .then().statusCode(200).body("status", equalTo("WAITLISTED"));
                waitlisted.add(mother);
            } else {
                assertThat(status).isEqualTo(200);
            }
        }
        assertThat(waitlisted).containsExactlyElementsOf(mothers.subList(8, 11));
        Api.as("coordinator").get("/api/v1/groups/" + group).then().statusCode(200)
                .body("occupiedPlaces", equalTo(8)).body("freePlaces", equalTo(0)).body("participants.size()", equalTo(8));
        Api.as("coordinator").get("/api/v1/referrals/" + waitlisted.get(0)).then().body("waitlistPosition", equalTo(1));
        Api.as("coordinator").get("/api/v1/referrals/" + waitlisted.get(2)).then().body("waitlistPosition", equalTo(3));

        Api.as("coordinator").body(Map.of("groupId", group)).post("/api/v1/referrals/" + waitlisted.get(0) + "/placement")
                .then().statusCode(409).body("type", endsWith("/group-full"));

        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED"))
                .post("/api/v1/referrals/" + mothers.get(0) + "/withdraw").then().statusCode(200);

        Api.as("coordinator").get("/api/v1/referrals/" + waitlisted.get(0)).then()
                .body("status", equalTo("PLACED")).body("groupId", equalTo(group));
        Api.as("coordinator").get("/api/v1/referrals/" + waitlisted.get(1)).then()
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        Api.as("coordinator").get("/api/v1/groups/" + group).then().body("occupiedPlaces", equalTo(8));
    }
}
