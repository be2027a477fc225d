package dk.henvis.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.outcome.ProgrammeReport;
import dk.henvis.outcome.ReportCsv;
import dk.henvis.outcome.ReportMonth;
import dk.henvis.outcome.ReportPeriod;
import dk.henvis.outcome.Reports;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.security.AccessTable;
import dk.henvis.security.Actor;
import dk.henvis.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The committee's reports: one programme's figures with charts, all programmes side by side, and the CSV export,
 * from the same {@link Reports} service (and so the same audit) as GET /api/v1/reports/programmes/{code}.
 */
@Path("/console/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** The API's route whose access-table entry says who may read the reports. */
    static final String API_ROUTE = "/api/v1/reports/programmes/{code}";

    @Inject
    CurrentActor current;
    @Inject
    Reports reports;
    @Inject
    ProgrammeService programmes;
    @Inject
    ConsoleProblems problems;
    @Inject
    ConsoleMessages m;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** The period form as entered (dd.mm.åååå) and as resolved; the query string that keeps it in links. */
    public record PeriodForm(String from, String to, LocalDate resolvedFrom, LocalDate resolvedTo, Refusal refusal) {

        public String query() {
            return resolvedFrom == null ? "" : "?from=" + ConsoleFormat.da(resolvedFrom) + "&to=" + ConsoleFormat.da(resolvedTo);
        }

        public String error(String field) {
            return refusal == null ? null : refusal.field("period-" + field);
        }
    }

    /** A chart: its id, heading, the data drawn by console/reports.js, and the same numbers as a table. */
    public record Chart(String id, String title, String data, List<String> columns, List<List<String>> rows) {
    }

    /** One row of the comparison: a figure's label and its value for each programme, in the columns' order. */
    public record ComparisonRow(String key, String label, List<String> values) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance report(Chrome chrome, ProgrammeView programme, PeriodForm period,
                                              List<ReportFigures.Figure> figures, List<Chart> charts,
                                              ProgrammeReport report);

        static native TemplateInstance reports(Chrome chrome, PeriodForm period, List<ProgrammeView> programmes,
                                               List<ComparisonRow> rows);
    }

    /** Who may read the reports: the API's access table decides, for the console as for the API. */
    static boolean mayRead(Actor actor) {
        return AccessTable.allows("GET", API_ROUTE, actor.roles());
    }

    @GET
    public Response comparison(@QueryParam("from") String from, @QueryParam("to") String to) {
        Actor actor = current.get();
        if (!mayRead(actor)) {
            return forbidden(actor);
        }
        return comparisonPage(actor, from, to);
    }

    /** The reports index: every programme's report, and the comparison of them all, for the period. */
    Response comparisonPage(Actor actor, String from, String to) {
        List<ProgrammeView> all = programmes.list();
        PeriodForm period = period(from, to);
        if (period.refusal() != null) {
            return Response.status(period.refusal().status())
                    .entity(Templates.reports(Chrome.of(actor), period, all, List.of())).build();
        }
        ReportPeriod resolved = new ReportPeriod(period.resolvedFrom(), period.resolvedTo());
        List<List<ReportFigures.Figure>> columns = new ArrayList<>();
        for (ProgrammeView programme : all) {
            columns.add(ReportFigures.of(reports.report(programme.code(), resolved), m));
        }
        List<ComparisonRow> rows = new ArrayList<>();
        List<ReportFigures.Figure> labels = columns.isEmpty() ? List.of() : columns.get(0);
        for (int i = 0; i < labels.size(); i++) {
            int row = i;
            rows.add(new ComparisonRow(labels.get(i).key(), labels.get(i).label(),
                    columns.stream().map(c -> c.get(row).value()).toList()));
        }
        return Response.ok(Templates.reports(Chrome.of(actor), period, all, rows)).build();
    }

    @GET
    @Path("{code}")
    public Response report(@PathParam("code") String code, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Actor actor = current.get();
        if (!mayRead(actor)) {
            return forbidden(actor);
        }
        try {
            ProgrammeView programme = ProgrammeView.of(programmes.require(code));
            PeriodForm period = period(from, to);
            if (period.refusal() != null) {
                return Response.status(period.refusal().status())
                        .entity(Templates.report(Chrome.of(actor), programme, period, List.of(), List.of(), null)).build();
            }
            ReportPeriod resolved = new ReportPeriod(period.resolvedFrom(), period.resolvedTo());
            Reports.WithMonths read = reports.withMonths(code, resolved);
            return Response.ok(Templates.report(Chrome.of(actor), programme, period, ReportFigures.of(read.report(), m),
                    charts(read.months().months()), read.report())).build();
        } catch (ProblemException e) {
            return error(actor, e);
        }
    }

    /** The API's CSV (ReportCsv) through the same export, which the audit trail records as an EXPORT. */
    @GET
    @Path("{code}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Actor actor = current.get();
        if (!mayRead(actor)) {
            return html(forbidden(actor));
        }
        try {
            PeriodForm period = period(from, to);
            if (period.refusal() != null) {
                return html(report(code, from, to));
            }
            ProgrammeReport report = reports.export(code, new ReportPeriod(period.resolvedFrom(), period.resolvedTo()), actor);
            return Response.ok(ReportCsv.of(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"report-" + report.programmeCode() + "-"
                            + report.from() + "-" + report.to() + ".csv\"")
                    .build();
        } catch (ProblemException e) {
            return html(error(actor, e));
        }
    }

    /** A refused download is answered with the page that says why. */
    private static Response html(Response page) {
        return Response.fromResponse(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * Reads the period as Danes write dates, then lets {@link ReportPeriod} (the API's rule: order, at most ten
     * years, defaults) decide; a refusal comes back as the form's error summary.
     */
    PeriodForm period(String from, String to) {
        String fromText = ConsolePages.blankToNull(from);
        String toText = ConsolePages.blankToNull(to);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        try {
            FormInput input = new FormInput(form);
            LocalDate fromDate = null;
            LocalDate toDate = null;
            if (fromText != null) {
                form.putSingle("from", fromText);
                fromDate = input.date("from");
            }
            if (toText != null) {
                form.putSingle("to", toText);
                toDate = input.date("to");
            }
            input.check();
            ReportPeriod period = ReportPeriod.of(fromDate == null ? null : fromDate.toString(),
                    toDate == null ? null : toDate.toString(), Dates.today(clock));
            return new PeriodForm(ConsoleFormat.da(period.from()), ConsoleFormat.da(period.to()), period.from(),
                    period.to(), null);
        } catch (ProblemException e) {
            Refusal refusal = problems.of(e, "period").orElseThrow();
            return new PeriodForm(fromText == null ? "" : fromText, toText == null ? "" : toText, null, null, refusal);
        }
    }

    List<Chart> charts(List<ReportMonth> months) {
        List<String> labels = months.stream().map(ReportFigures::month).toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("chart-received", "Henvisninger pr. måned", "bar", labels, months,
                List.of("Måned", "Modtagne henvisninger"),
                List.of("Modtagne"), List.of(mo -> BigDecimal.valueOf(mo.received())),
                mo -> List.of(ReportFigures.count(mo.received()))));
        charts.add(chart("chart-first-contact", "Første kontakt inden for målet", "bar", labels, months,
                List.of("Måned", "Første kontakt opgjort", "Inden for målet"),
                List.of("Inden for målet", "Efter målet"),
                List.of(mo -> BigDecimal.valueOf(mo.firstContactWithinTarget()),
                        mo -> BigDecimal.valueOf(mo.firstContactAssessed() - mo.firstContactWithinTarget())),
                mo -> List.of(ReportFigures.count(mo.firstContactAssessed()), ReportFigures.count(mo.firstContactWithinTarget()))));
        charts.add(chart("chart-scores", "Startscore og slutscore", "bar", labels, months,
                List.of("Måned", "Forløb med start- og slutscore", "Startscore (gennemsnit)", "Slutscore (gennemsnit)"),
                List.of("Startscore", "Slutscore"),
                List.of(ReportMonth::averageStartScore, ReportMonth::averageEndScore),
                mo -> List.of(ReportFigures.count(mo.coursesWithBothScores()), ReportFigures.decimal(mo.averageStartScore()),
                        ReportFigures.decimal(mo.averageEndScore()))));
        charts.add(chart("chart-utilisation", "Udnyttelse af pladserne over tid", "line", labels, months,
                List.of("Måned", "Optagne pladsdage", "Tilgængelige pladsdage", "Udnyttelse"),
                List.of("Udnyttelse (%)"),
                List.of(mo -> mo.utilisation() == null ? null : ReportFigures.percent(mo.utilisation())),
                mo -> List.of(ReportFigures.decimal(mo.occupiedPlaceDays()), ReportFigures.decimal(mo.availablePlaceDays()),
                        ReportFigures.share(mo.utilisation()))));
        return charts;
    }

    private Chart chart(String id, String title, String type, List<String> labels, List<ReportMonth> months,
                        List<String> columns, List<String> seriesNames, List<Function<ReportMonth, BigDecimal>> series,
                        Function<ReportMonth, List<String>> cells) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("labels", labels);
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Function<ReportMonth, BigDecimal> values = series.get(i);
            drawn.add(Map.of("name", seriesNames.get(i), "data",
                    months.stream().map(values).map(v -> v == null ? "-" : (Object) v).toList()));
        }
        data.put("series", drawn);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            row.addAll(cells.apply(months.get(i)));
            rows.add(row);
        }
        try {
            return new Chart(id, title, json.writeValueAsString(data), columns, rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response forbidden(Actor actor) {
        return Response.status(403)
                .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(ProblemType.FORBIDDEN))).build();
    }

    private Response error(Actor actor, ProblemException e) {
        return Response.status(e.type().status())
                .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(e.type()))).build();
    }
}
