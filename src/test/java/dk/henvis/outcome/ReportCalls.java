package dk.henvis.outcome;

import static io.restassured.RestAssured.given;

import dk.henvis.support.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fetches a programme report as JSON (numbers as BigDecimal, so 4.2 stays 4.2) or as CSV (figure -> value). */
final class ReportCalls {

    private ReportCalls() {
    }

    static JsonPath json(String programme, LocalDate from, LocalDate to) {
        String body = Api.as("analyst").get(path(programme, from, to)).then().statusCode(200)
                .contentType("application/json").extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Map<String, String> csv(String programme, LocalDate from, LocalDate to) {
        String body = given().auth().preemptive().basic("coordinator", "coordinator").accept("text/csv")
                .get(path(programme, from, to)).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        Map<String, String> figures = new LinkedHashMap<>();
        String[] lines = body.split("\r\n");
        if (!"figure,value".equals(lines[0])) {
            throw new AssertionError("CSV header is " + lines[0]);
        }
        for (int i = 1; i < lines.length; i++) {
            int comma = lines[i].indexOf(',');
            figures.put(lines[i].substring(0, comma), lines[i].substring(comma + 1));
        }
        return figures;
    }

    static String path(String programme, LocalDate from, LocalDate to) {
        return "/api/v1/reports/programmes/" + programme + "?from=" + from + "&to=" + to;
    }
}
