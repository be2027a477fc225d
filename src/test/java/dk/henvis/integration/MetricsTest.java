package dk.henvis.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.integration.metrics.BusinessGauges;
import dk.henvis.support.InvalidRequestsOnPurpose;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    @Inject
    BusinessGauges gauges;

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(metrics);
        assertThat(m.find()).as(series + " in\n" + metrics.lines().filter(l -> l.startsWith("henvis_")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void referralsByProgrammeAndStatusAreAGaugeThatFollowsTheDatabase() {
        gauges.refresh();
        String series = "henvis_referrals{programme=\"sandplay\",status=\"RECEIVED\"}";
        String before = scrape();
        double was = before.contains(series) ? value(before, series) : 0;
        Referrals.create(Referrals.sandplay());
        Referrals.create(Referrals.sandplay());

        gauges.refresh();

        assertThat(value(scrape(), series)).isEqualTo(was + 2);
    }

    @Test
    void waitingListLengthAndFreePlacesArePublishedForEveryProgramme() {
        gauges.refresh();
        String metrics = scrape();
        for (String programme : List.of("fonix", "pusterummet", "sandplay", "tidlig-forebyggelse")) {
            assertThat(value(metrics, "henvis_waiting_list_length{programme=\"" + programme + "\"}")).isGreaterThanOrEqualTo(0);
            assertThat(value(metrics, "henvis_free_places{programme=\"" + programme + "\"}")).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    @InvalidRequestsOnPurpose("an address outside the contract, to see its 404 counted without the CPR it carries")
    void noMetricCarriesPersonalDataOrAnIdInALabel() {
        Map<String, Object> body = Referrals.sandplay();
        String name = (String) Referrals.part(body, "subject").get("name");
        String id = Referrals.create(body);
        given().auth().preemptive().basic("coordinator", "coordinator").get("/api/v1/referrals/" + id).then().statusCode(200);
        given().get("/api/v1/no-such-thing/010522-4123").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        gauges.refresh();

        String metrics = scrape();

        assertThat(metrics).doesNotContain("010522");
        assertThat(metrics).doesNotContain(name).doesNotContain(id).doesNotContain("Anne N.");
        metrics.lines().filter(l -> l.startsWith("henvis_") && l.contains("{")).forEach(line -> {
            String labels = line.substring(line.indexOf('{') + 1, line.indexOf('}'));
            assertThat(Arrays.stream(labels.split(",")).map(l -> l.substring(0, l.indexOf('='))))
                    .allMatch(l -> l.equals("programme") || l.equals("status"));
        });
    }
}
