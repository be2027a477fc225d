package dk.henvis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dk.henvis.support.Api;
import dk.henvis.support.Cprs;
import dk.henvis.support.LogCapture;
import dk.henvis.support.Race;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** An open referral for the same subject in the same programme blocks another, and says nothing about the first. */
@QuarkusTest
class DuplicateGuardTest {

    @Inject
    EntityManager em;

    @Test
    void theSameCprInTheSameProgrammeIs409WithoutRevealingTheOtherReferral() {
        Map<String, Object> first = Referrals.sandplay();
        String birthDate = (String) Referrals.part(first, "subject").get("birthDate");
        String cpr = Cprs.forBirthDate(birthDate);
        Referrals.part(first, "subject").put("cpr", cpr);
        String id = Referrals.create("daycare", first);
        String reference = Api.as("daycare").get("/api/v1/referrals/" + id).then().extract().path("reference");

        Map<String, Object> second = Referrals.sandplay(); // another name: the CPR alone identifies the subject
        Referrals.part(second, "subject").putAll(Map.of("cpr", cpr, "birthDate", birthDate));
        String answer = Api.as("health-visitor").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral")).extract().asString();

        assertThat(answer).doesNotContain(id).doesNotContain(reference).doesNotContain("Børnehuset")
                .doesNotContain("Solsikken").doesNotContain((String) Referrals.part(first, "subject").get("name"))
                .doesNotContain("daycare").doesNotContain("Lise");
    }

    @Test
    void theSameNameAndBirthDateWithoutCprIs409() {
        Map<String, Object> first = Referrals.sandplay();
        Referrals.create("daycare", first);
        Map<String, Object> second = Referrals.sandplay();
        Map<String, Object> subject = new HashMap<>(Referrals.part(first, "subject"));
        subject.put("name", "  " + ((String) subject.get("name")).toUpperCase() + " ");
        second.put("subject", subject);
        Api.as("health-visitor").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral"));
    }

    @Test
    void aReferralWithoutCprForAChildReferredWithCprIs409WithoutRevealingTheOther() {
        Map<String, Object> first = Referrals.tidligForebyggelse();
        Map<String, Object> child = Referrals.part(first, "subject");
        child.put("cpr", Cprs.forBirthDate((String) child.get("birthDate")));
        String id = Referrals.create("school", first);

        Map<String, Object> second = Referrals.tidligForebyggelse();
        Map<String, Object> sameChild = new HashMap<>(child);
        sameChild.remove("cpr");
        second.put("subject", sameChild);
        String answer = Api.as("coordinator").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral")).extract().asString();

        assertThat(answer).doesNotContain(id).doesNotContain("Nordskolen").doesNotContain("school");
        assertThat(openReferralsOf((String) child.get("name"))).isEqualTo(1);
    }

    @Test
    void aReferralWithCprForAChildReferredWithoutIs409() {
        Map<String, Object> first = Referrals.tidligForebyggelse();
        Referrals.create("school", first);

        Map<String, Object> second = Referrals.tidligForebyggelse();
        Map<String, Object> sameChild = new HashMap<>(Referrals.part(first, "subject"));
        sameChild.put("cpr", Cprs.forBirthDate((String) sameChild.get("birthDate")));
        second.put("subject", sameChild);
        Api.as("coordinator").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral"));
        assertThat(openReferralsOf((String) sameChild.get("name"))).isEqualTo(1);
    }

    @Test
    void aReferralWithAndOneWithoutCprSentTogetherForOneChildLeaveOneOpenReferral() throws Exception {
        Map<String, Object> withCpr = Referrals.tidligForebyggelse();
        Map<String, Object> child = Referrals.part(withCpr, "subject");
        child.put("cpr", Cprs.forBirthDate((String) child.get("birthDate")));
        Map<String, Object> withoutCpr = Referrals.tidligForebyggelse();
        Map<String, Object> sameChild = new HashMap<>(child);
        sameChild.remove("cpr");
        withoutCpr.put("subject", sameChild);
        List<Map<String, Object>> bodies = List.of(withCpr, withoutCpr);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = Race.all(pool, 2, Duration.ofSeconds(30),
                    i -> Api.as("coordinator").body(bodies.get(i)).post("/api/v1/referrals").statusCode());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(openReferralsOf((String) child.get("name"))).isEqualTo(1);
    }

    @Test
    void aRefusedDuplicateLeavesNoHistoryNoAuditRowAndNoEvent() {
        Map<String, Object> first = Referrals.sandplay();
        Referrals.create("daycare", first);
        long history = rows("select count(*) from referral_status_change");
        long created = rows("select count(*) from audit_event where action = 'CREATE'");
        long received = rows("select count(*) from outbox_event where type = 'referral.received'");

        Map<String, Object> second = Referrals.sandplay();
        second.put("subject", new HashMap<>(Referrals.part(first, "subject")));
        Api.as("health-visitor").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral"));

        assertThat(rows("select count(*) from referral_status_change")).isEqualTo(history);
        assertThat(rows("select count(*) from audit_event where action = 'CREATE'")).isEqualTo(created);
        assertThat(rows("select count(*) from outbox_event where type = 'referral.received'")).isEqualTo(received);
    }

    @Test
    void aRefusedDuplicateLogsNoneOfTheChildsOrTheFamilysDetails() {
        Map<String, Object> first = Referrals.sandplay();
        Referrals.part(first, "contact").put("phone", "+4587654321");
        Referrals.create("daycare", first);
        Map<String, Object> second = Referrals.sandplay();
        second.put("subject", new HashMap<>(Referrals.part(first, "subject")));
        Referrals.part(second, "contact").put("phone", "+4587654321");
        String name = (String) Referrals.part(first, "subject").get("name");

        LogCapture capture = new LogCapture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Api.as("health-visitor").body(second).post("/api/v1/referrals")
                    .then().statusCode(409).body("type", endsWith("/duplicate-referral"));
            org.jboss.logging.Logger.getLogger("dk.henvis.referral").debug("probe: the capture sees the service's log");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(capture.records).as("the capture is attached").anyMatch(r -> r.startsWith("probe:"));
        assertThat(capture.records).noneMatch(r -> r.contains(name) || r.contains("87654321")
                || r.contains("Trækker sig fra legen"));
    }

    private long rows(String countQuery) {
        return ((Number) em.createNativeQuery(countQuery).getSingleResult()).longValue();
    }

    private long openReferralsOf(String name) {
        return ((Number) em.createNativeQuery("select count(*) from referral where subject_name = :name and closed_at is null")
                .setParameter("name", name).getSingleResult()).longValue();
    }

    @Test
    void theSameExpectantMotherByDueDateIs409() {
        Map<String, Object> first = Referrals.pusterummet();
        Referrals.create("health-visitor", first);
        Map<String, Object> second = Referrals.pusterummet();
        second.put("subject", new HashMap<>(Referrals.part(first, "subject")));
        Api.as("health-visitor").body(second).post("/api/v1/referrals")
                .then().statusCode(409).body("type", endsWith("/duplicate-referral"));
    }

    @Test
    void aClosedReferralNoLongerBlocksTheSubject() {
        Map<String, Object> body = Referrals.sandplay();
        String id = Referrals.create(body);
        Api.as("coordinator").body(Map.of("reason", "NO_LONGER_NEEDED")).post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Referrals.create(body);
    }

    @Test
    void anotherProgrammeIsNoDuplicate() {
        Map<String, Object> sandplay = Referrals.sandplay();
        Referrals.create(sandplay);
        Map<String, Object> tidlig = Referrals.tidligForebyggelse();
        tidlig.put("subject", new HashMap<>(Referrals.part(sandplay, "subject")));
        Referrals.create(tidlig);
    }
}
