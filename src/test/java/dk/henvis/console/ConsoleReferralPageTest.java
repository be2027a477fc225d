package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Referrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The coordinator's referral page shows what the record holds, also where an older record lacks a field. */
@QuarkusTest
class ConsoleReferralPageTest {

    @Inject
    EntityManager em;

    @Test
    void aReferralWhoseConsentCarriesNoDateIsShownWithoutOne() {
        String id = Referrals.create(Referrals.tidligForebyggelse());
        // Records loaded in bulk from an older system carry the consent without its date.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update referral set consent_date = null where id = :id").setParameter("id", UUID.fromString(id))
                .executeUpdate());

        Response page = ConsoleSession.signIn("coordinator").get("/console/referrals/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("<dt>Samtykke</dt><dd>Givet af");
    }
}
