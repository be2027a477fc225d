package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.places.Fixtures;
import dk.henvis.security.Actor;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's worklist: new referrals of both statuses by first-contact due date, accepted ones by receipt. */
@QuarkusTest
class WorklistTest {

    static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Optional.empty(), Optional.empty(),
            Set.of());

    @Inject
    ReferralSearch search;
    @Inject
    MutableClock clock;

    /** Days back first, so that what these tests write lies in the past of every later test's newest rows. */
    @BeforeEach
    void startAWeekAgo() {
        clock.advance(Duration.ofDays(-7));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String programmeWithVisitation() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Visitation " + code);
        body.put("format", "INDIVIDUAL");
        body.put("eligibility", Map.of("subjectTypes", List.of("CHILD"), "minAgeYears", 0, "maxAgeYears", 17,
                "referrerRoles", List.of("SCHOOL"), "excludesOpenCase", false));
        body.put("requiresVisitation", true);
        body.put("firstContactWithinDays", 7);
        body.put("autoPromote", false);
        Api.as("admin").body(body).put("/api/v1/programmes/" + code).then().statusCode(201);
        return code;
    }

    private String referredNow(String programme) {
        String id = Referrals.create(Fixtures.referralBody(programme, "NORMAL"));
        clock.advance(Duration.ofDays(1));
        return id;
    }

    private static List<String> ids(List<ReferralView> referrals) {
        return referrals.stream().map(r -> r.id().toString()).toList();
    }

    @Test
    void newReferralsOfBothStatusesComeInOrderOfTheirFirstContactDueDate() {
        String programme = programmeWithVisitation();
        String first = referredNow(programme);
        String second = referredNow(programme);
        String third = referredNow(programme);
        Referrals.firstContact(second);

        ReferralSearch.Worklist worklist = search.worklist(programme, COORDINATOR, 50);

        assertThat(ids(worklist.awaitingFirstContact())).containsExactly(first, second, third);
        assertThat(worklist.awaitingFirstContact()).extracting(ReferralView::status)
                .containsExactly(ReferralStatus.RECEIVED, ReferralStatus.IN_ASSESSMENT, ReferralStatus.RECEIVED);
    }

    @Test
    void theWorklistStopsAtItsLimitKeepingTheEarliestDue() {
        String programme = programmeWithVisitation();
        String first = referredNow(programme);
        String second = referredNow(programme);
        referredNow(programme);
        Referrals.firstContact(first);

        assertThat(ids(search.worklist(programme, COORDINATOR, 2).awaitingFirstContact()))
                .containsExactly(first, second);
    }

    @Test
    void acceptedReferralsWithoutAPlaceComeInOrderOfReceipt() {
        String programme = Fixtures.rollingProgramme();
        String first = Fixtures.accepted(programme);
        clock.advance(Duration.ofHours(1));
        String second = Fixtures.accepted(programme);

        ReferralSearch.Worklist worklist = search.worklist(programme, COORDINATOR, 50);

        assertThat(ids(worklist.awaitingPlace())).containsExactly(first, second);
        assertThat(worklist.awaitingFirstContact()).isEmpty();
    }
}
