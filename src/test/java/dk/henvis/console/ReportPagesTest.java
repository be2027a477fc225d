package dk.henvis.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.henvis.common.Dates;
import dk.henvis.session.Courses;
import dk.henvis.support.Api;
import dk.henvis.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The committee's reports in the console read the figures the API gives: the table, the tables beside the charts,
 * the CSV and the comparison of all programmes, each page checked with axe for WCAG 2.1 A and AA.
 */
@QuarkusTest
class ReportPagesTest extends InTheBrowser {

    private static final String TF = "tidlig-forebyggelse";

    @Inject
    MutableClock clock;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAnalystReadsTheTidligForebyggelseFiguresTheApiGivesInTheTableBesideTheChartsAndInTheCsv() throws Exception {
        LocalDate received = buildPeriod(200);
        LocalDate from = received.minusDays(2);
        LocalDate to = received.plusDays(40);
        JsonPath api = json("/api/v1/reports/programmes/" + TF + "?from=" + from + "&to=" + to);
        JsonPath months = json("/api/v1/reports/programmes/" + TF + "/months?from=" + from + "&to=" + to);
        assertThat(api.getLong("received")).isEqualTo(4);

        Page page = browser.signIn(base(), "analyst");
        List<String> cspErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                cspErrors.add(message.text());
            }
        });
        assertThat(page).hasTitle("Rapporter: alle forløb – henvis");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tidlig Forebyggelse").setExact(true)).click();
        assertThat(page).hasTitle("Rapport for Tidlig Forebyggelse – henvis");
        page.getByLabel("Fra og med").fill(ConsoleFormat.da(from));
        page.getByLabel("Til og med").fill(ConsoleFormat.da(to));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis perioden")).click();
        assertThat(page.locator("#report-period")).containsText("fra og med " + ConsoleFormat.da(from)
                + " til og med " + ConsoleFormat.da(to));

        List<String> keys = page.locator("#figures tbody tr").all().stream().map(tr -> tr.getAttribute("data-figure")).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(figures());
        for (String key : keys) {
            assertThat(page.locator("#figures tr[data-figure='" + key + "'] td")).hasText(expected(api, key));
        }
        List<Map<String, Object>> list = months.getList("months");
        assertThat(page.locator("#chart-received-table tbody tr")).hasCount(list.size());
        for (int i = 0; i < list.size(); i++) {
            String month = ReportFigures.month((String) list.get(i).get("month"));
            row(page, "chart-received", i, month, count(months, i, "received"));
            row(page, "chart-first-contact", i, month, count(months, i, "firstContactAssessed"),
                    count(months, i, "firstContactWithinTarget"));
            row(page, "chart-scores", i, month, count(months, i, "coursesWithBothScores"),
                    decimal(months, "months[" + i + "].averageStartScore"), decimal(months, "months[" + i + "].averageEndScore"));
            row(page, "chart-utilisation", i, month, decimal(months, "months[" + i + "].occupiedPlaceDays"),
                    decimal(months, "months[" + i + "].availablePlaceDays"), share(months, "months[" + i + "].utilisation"));
        }
        for (String chart : List.of("chart-received", "chart-first-contact", "chart-scores", "chart-utilisation")) {
            assertThat(page.locator("#" + chart)).hasAttribute("aria-hidden", "true");
            assertThat(page.locator("#" + chart + " canvas")).hasCount(1);
        }
        assertThat(cspErrors).as("console errors (a CSP violation among them?)").isEmpty();
        Browser.assertAccessible(page);

        long exports = exports();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Hent tallene som CSV-fil")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        String apiCsv = given().auth().preemptive().basic("analyst", "analyst").accept("text/csv")
                .get("/api/v1/reports/programmes/" + TF + "?from=" + from + "&to=" + to).then().statusCode(200)
                .extract().asString();
        assertThat(withoutGeneratedAt(csv)).isEqualTo(withoutGeneratedAt(apiCsv)).contains("received,4\r\n");
        assertThat(download.suggestedFilename()).isEqualTo("report-" + TF + "-" + from + "-" + to + ".csv");
        assertThat(exports()).isEqualTo(exports + 1);
    }

    @Test
    void theComparisonShowsEveryProgrammesFiguresAsTheApiGivesThem() {
        LocalDate received = buildPeriod(100);
        LocalDate from = received.minusDays(2);
        LocalDate to = received.plusDays(40);
        Page page = browser.signIn(base(), "coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporter").setExact(true)).click();
        page.getByLabel("Fra og med").fill(ConsoleFormat.da(from));
        page.getByLabel("Til og med").fill(ConsoleFormat.da(to));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis perioden")).click();
        assertThat(page.locator("#comparison-period")).containsText(ConsoleFormat.da(from));
        Browser.assertAccessible(page);

        List<String> codes = page.locator("#comparison thead th[data-programme]").all().stream()
                .map(th -> th.getAttribute("data-programme")).toList();
        List<String> catalogue = Api.as("analyst").get("/api/v1/programmes").then().statusCode(200).extract().path("code");
        assertThat(codes).containsExactlyInAnyOrderElementsOf(catalogue).contains(TF);
        for (int column = 0; column < codes.size(); column++) {
            JsonPath api = json("/api/v1/reports/programmes/" + codes.get(column) + "?from=" + from + "&to=" + to);
            for (String key : figures()) {
                assertThat(page.locator("#comparison tr[data-figure='" + key + "'] td").nth(column))
                        .hasText(expected(api, key));
            }
        }
        assertThat(page.locator("#comparison tr[data-figure='received'] td").nth(codes.indexOf(TF))).hasText("4");
    }

    @Test
    void aPeriodThatDoesNotReadComesBackWithTheErrorSummaryInDanishAndStatus400() {
        Page page = browser.signIn(base(), "analyst");
        com.microsoft.playwright.Response answer = page.navigate(base() + "/console/reports/" + TF + "?from=31.02.2026&to=");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#error-summary")).containsText("Der er en fejl i formularen");
        assertThat(page.locator("#error-summary a[href='#period-from']")).containsText("Skriv datoerne som dd.mm.åååå");
        assertThat(page.getByLabel("Fra og med")).hasValue("31.02.2026");
        assertThat(page.locator("#figures")).hasCount(0);
        Browser.assertAccessible(page);

        answer = page.navigate(base() + "/console/reports?from=10.06.2026&to=09.06.2026");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#error-summary a[href='#period-to']")).containsText("Slutdatoen må ikke ligge før startdatoen");
        assertThat(page.getByLabel("Til og med")).hasValue("09.06.2026");
        Browser.assertAccessible(page);

        answer = page.navigate(base() + "/console/reports/" + TF + "/csv?from=2026-06-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#error-summary")).isVisible();
    }

    @Test
    void aReferrerOrAPractitionerCannotOpenTheReportsAndAnAnalystLandsOnThem() {
        for (String user : List.of("school", "practitioner")) {
            ConsoleSession session = ConsoleSession.signIn(user);
            for (String path : List.of("/console/reports/" + TF, "/console/reports", "/console/reports/" + TF + "/csv")) {
                io.restassured.response.Response answer = session.get(path);
                assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.asString()).contains("Din rolle må ikke gøre dette").doesNotContain("Nøgletal");
            }
            assertThat(session.get("/console").asString()).doesNotContain("href=\"/console/reports\"");
        }
        String analyst = ConsoleSession.signIn("analyst").get("/console").asString();
        assertThat(analyst).contains("<title>Rapporter: alle forløb – henvis</title>", "href=\"/console/reports/" + TF);
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        assertThat(coordinator.get("/console").asString()).contains("href=\"/console/reports\">Rapporter</a>");
        io.restassured.response.Response unknown = coordinator.get("/console/reports/no-such-programme");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void withoutJavaScriptTheTablesAreThePageAndTheChartsComeFromStaticFilesOnly() {
        ConsoleSession coordinator = ConsoleSession.signIn("coordinator");
        io.restassured.response.Response page = coordinator.get("/console/reports/" + TF + "?from=01.01.2026&to=10.06.2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'");
        String html = page.asString();
        assertThat(html).contains("id=\"figures\"", "data-figure=\"received\"", "id=\"chart-received-table\"",
                "id=\"chart-first-contact-table\"", "id=\"chart-scores-table\"", "id=\"chart-utilisation-table\"",
                "<script src=\"/console/reports.js\" defer></script>")
                .doesNotContain("style=\"").doesNotContainPattern("<script>(?s).+?</script>");
        assertThat(coordinator.get("/console/reports.js").statusCode()).isEqualTo(200);
        assertThat(given().get("/_static/echarts/dist/echarts.min.js").then().extract().statusCode()).isEqualTo(200);
    }

    /**
     * Four Tidlig Forebyggelse referrals some 50 years ahead (each test its own days, so no other referral is in
     * the period): one declined, two placed, one of them completed with scores. The clock ends past the period the
     * tests read (to the received day + 40), because a report counts place-days up to now: in a period still running,
     * the page and the API read a moment apart would differ by the place-days in between.
     */
    private LocalDate buildPeriod(int days) {
        clock.advance(Duration.ofDays(365L * 50 + days));
        LocalDate received = Dates.today(clock);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Courses.accepted(Courses.tidligForebyggelse(received), clock));
        }
        Courses.firstContact(ids.get(0), clock.instant());
        Courses.firstContact(ids.get(1), clock.instant());
        Api.as("coordinator").body(Map.of("reason", "OPEN_CASE")).post("/api/v1/referrals/" + ids.get(3) + "/decline")
                .then().statusCode(200);
        clock.advance(Duration.ofDays(3));
        String group = Courses.group(TF, 4);
        Courses.place(ids.get(0), group);
        Courses.place(ids.get(1), group);
        Courses.measure(ids.get(0), "START", 4, Dates.today(clock)).statusCode(201);
        Courses.sessions(ids.get(0), Dates.today(clock), 3);
        clock.advance(Duration.ofDays(30));
        Courses.measure(ids.get(0), "END", 7, Dates.today(clock)).statusCode(201);
        Courses.complete(ids.get(0), "GOAL_REACHED").statusCode(200);
        clock.advance(Duration.ofDays(10));
        return received;
    }

    private static JsonPath json(String path) {
        String body = Api.as("analyst").get(path).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Every figure of the API's report (the record's components but the heading ones), declined reasons one by one. */
    private static List<String> figures() {
        List<String> keys = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : dk.henvis.outcome.ProgrammeReport.class.getRecordComponents()) {
            if (c.getName().equals("declinedByReason")) {
                for (dk.henvis.referral.ClosingReason reason : dk.henvis.referral.ClosingReason.values()) {
                    keys.add("declinedByReason." + reason.name());
                }
            } else if (!List.of("programmeCode", "programmeName", "from", "to", "generatedAt").contains(c.getName())) {
                keys.add(c.getName());
            }
        }
        return keys;
    }

    /** The API's value of a figure, written as the console writes it: shares as percentages, absent as "–". */
    private static String expected(JsonPath api, String key) {
        if (key.startsWith("declinedByReason.")) {
            Object value = api.getMap("declinedByReason").get(key.substring("declinedByReason.".length()));
            return value == null ? "0" : ReportFigures.decimal(new BigDecimal(value.toString()));
        }
        if (key.startsWith("share") || key.equals("utilisation")) {
            return share(api, key);
        }
        return decimal(api, key);
    }

    private static String decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? "–" : ReportFigures.decimal(new BigDecimal(value.toString()));
    }

    private static String share(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? "–" : ReportFigures.share(new BigDecimal(value.toString()));
    }

    private static String count(JsonPath json, int month, String figure) {
        return decimal(json, "months[" + month + "]." + figure);
    }

    private static void row(Page page, String chart, int index, String... cells) {
        Locator row = page.locator("#" + chart + "-table tbody tr").nth(index);
        assertThat(row.locator("th")).hasText(cells[0]);
        Locator values = row.locator("td");
        assertThat(values).hasCount(cells.length - 1);
        for (int i = 1; i < cells.length; i++) {
            assertThat(values.nth(i - 1)).hasText(cells[i]);
        }
    }

    private static String withoutGeneratedAt(String csv) {
        return csv.replaceAll("generatedAt,[^\r\n]*\r\n", "");
    }

    private long exports() {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'EXPORT' "
                + "and referral_id is null and actor = 'analyst' and endpoint = 'GET /console/reports/{code}/csv'")
                .getSingleResult()).longValue();
    }
}
