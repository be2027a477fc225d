package dk.henvis.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.henvis.support.Api;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeCatalogueCachingTest {

    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    @CacheName(ProgrammeCatalogue.CACHE)
    Cache programmes;
    @Inject
    @CacheName(ProgrammeCatalogue.LIST_CACHE)
    Cache list;

    @Test
    void aProgrammeIsReadOnceAndThenServedFromMemoryToLaterRequests() {
        programmes.invalidate("fonix").await().indefinitely(); // a fresh read, so that the copy cannot expire between the calls
        Programme first = QuarkusTransaction.requiringNew().call(() -> catalogue.find("fonix").orElseThrow());
        Programme second = QuarkusTransaction.requiringNew().call(() -> catalogue.find("fonix").orElseThrow());
        assertThat(second).isSameAs(first);
    }

    @Test
    void theCatalogueListIsReadOnceAndThenServedFromMemoryToLaterRequests() {
        list.invalidateAll().await().indefinitely(); // a fresh read, so that the copy cannot expire between the calls
        assertThat(catalogue.list()).isSameAs(catalogue.list());
    }

    @Test
    void aProgrammeSavedHereIsWhatTheNextReadAndTheNextReferralSee() {
        Map<String, Object> body = ProgrammeCatalogueTest.programme("Kursus før");
        Api.as("admin").body(body).put("/api/v1/programmes/cached-then-changed").then().statusCode(201);
        Api.as("coordinator").get("/api/v1/programmes/cached-then-changed").then().body("name", equalTo("Kursus før"));
        Api.as("coordinator").get("/api/v1/programmes").then().body("name", hasItem("Kursus før"));

        body.put("name", "Kursus efter");
        body.put("firstContactWithinDays", 3);
        Api.as("admin").body(body).put("/api/v1/programmes/cached-then-changed").then().statusCode(200);

        Api.as("coordinator").get("/api/v1/programmes/cached-then-changed").then().body("name", equalTo("Kursus efter"));
        Api.as("coordinator").get("/api/v1/programmes").then()
                .body("name", hasItem("Kursus efter")).body("name", not(hasItem("Kursus før")));
        assertThat(catalogue.find("cached-then-changed").orElseThrow().firstContactWithinDays).isEqualTo(3);
    }

    @Test
    void aCodeNotInTheCatalogueIsNotRememberedSoANewProgrammeIsFoundAtOnce() {
        assertThat(catalogue.find("added-after-a-miss")).isEmpty();
        Api.as("coordinator").get("/api/v1/programmes/added-after-a-miss").then().statusCode(404);

        Api.as("admin").body(ProgrammeCatalogueTest.programme("Ny")).put("/api/v1/programmes/added-after-a-miss")
                .then().statusCode(201);

        assertThat(catalogue.find("added-after-a-miss")).isPresent();
        Api.as("coordinator").get("/api/v1/programmes/added-after-a-miss").then().statusCode(200).body("name", equalTo("Ny"));
    }
}
