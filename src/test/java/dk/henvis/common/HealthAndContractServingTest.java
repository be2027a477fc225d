package dk.henvis.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndContractServingTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void theServedOpenApiIsTheHandWrittenContract() {
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .body(containsString("title: henvis"))
                .body(containsString("/api/v1/referrals/{id}/first-contact"))
                .body(containsString("https://henvis.dk/problems/not-eligible"));
    }
}
