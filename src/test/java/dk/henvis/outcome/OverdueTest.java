package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tidlig Forebyggelse: first contact with the assigned worker within 7 days. */
@QuarkusTest
class OverdueTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void referralsPastTheirFirstContactDeadlineWithoutContactAreListedAsOverdue() {
        String waiting = Courses.accepted(Courses.tidligForebyggelse(Referrals.today()), clock);
        String contacted = Courses.accepted(Courses.tidligForebyggelse(Referrals.today()), clock);
        String running = Courses.placed(Courses.tidligForebyggelse(Referrals.today()), Courses.group("tidlig-forebyggelse", 2),
                clock);
        Courses.sessions(running, Referrals.today(), 1);
        String closed = Courses.accepted(Courses.tidligForebyggelse(Referrals.today()), clock);
        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + closed + "/withdraw")
                .then().statusCode(200);

        assertThat(overdue()).doesNotContain(waiting, contacted, running, closed);

        clock.advance(Duration.ofDays(6));
        Courses.firstContact(contacted, clock.instant());
        assertThat(overdue()).doesNotContain(waiting, contacted, running, closed);

        clock.advance(Duration.ofDays(1).plusMinutes(5));
        List<String> overdue = overdue();
        assertThat(overdue).contains(waiting, running).doesNotContain(contacted, closed);
    }

    @Test
    @InvalidRequestsOnPurpose("overdue=maybe, which the contract does not allow, to see it refused")
    void onlyCoordinatorsAndReferrersListReferrals() {
        Api.as("practitioner").get("/api/v1/referrals?overdue=true").then().statusCode(403);
        Api.as("analyst").get("/api/v1/referrals?overdue=true").then().statusCode(403);
        Api.as("coordinator").get("/api/v1/referrals?overdue=maybe").then().statusCode(400);
    }

    private static List<String> overdue() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = Api.as("coordinator")
                    .get("/api/v1/referrals?overdue=true&programme=tidlig-forebyggelse&size=100&page=" + page)
                    .then().statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
