package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.PageRequest;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import dk.henvis.support.Api;
import dk.henvis.support.AuditLog;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The referrer's list: the API's scoping, newest first, with the time of each referral's last status change. */
@QuarkusTest
class ReferralLatestTest {

    static final Actor DAYCARE = new Actor("daycare", Set.of(Role.REFERRER), Optional.of("Børnehuset Solsikken"),
            Optional.of("DAYCARE"), Set.of());

    @Inject
    ReferralReader reader;

    @Test
    void theNewestComeFirstEachWithItsLastStatusChangeAndOnlyTheOrganisationsOwnWithOneAuditRow() {
        String older = Referrals.create("daycare", Referrals.sandplay());
        String newer = Referrals.create("daycare", Referrals.sandplay());
        String elsewhere = Referrals.create("school", Referrals.tidligForebyggelse());
        Referrals.firstContact(older);
        List<String> history = Api.as("coordinator").get("/api/v1/referrals/" + older + "/history").then()
                .extract().path("at");
        Instant contacted = Instant.parse(history.get(history.size() - 1));
        long audited = AuditLog.total();

        var page = reader.latest(ReferralFilter.of(null, null, null), PageRequest.of("0", "100"), DAYCARE);

        List<UUID> ids = page.items().stream().map(l -> l.referral().id()).toList();
        // Other tests' referrals of the organisation may lie anywhere in the list; these two keep their order.
        assertThat(ids).containsSubsequence(UUID.fromString(newer), UUID.fromString(older))
                .doesNotContain(UUID.fromString(elsewhere));
        var first = page.items().get(ids.indexOf(UUID.fromString(newer)));
        var second = page.items().get(ids.indexOf(UUID.fromString(older)));
        assertThat(first.lastChangedAt()).isEqualTo(first.referral().receivedAt());
        assertThat(second.lastChangedAt()).isEqualTo(contacted).isAfter(second.referral().receivedAt());
        assertThat(page.items()).allSatisfy(l -> assertThat(l.referral().referrer().organisation())
                .isEqualTo("Børnehuset Solsikken"));
        assertThat(page.totalItems()).isEqualTo(reader.list(ReferralFilter.of(null, null, null),
                PageRequest.of("0", "1"), DAYCARE).totalItems());
        assertThat(AuditLog.total()).isEqualTo(audited + 2);
    }
}
