package dk.henvis.console;

import dk.henvis.outcome.ProgrammeReport;
import dk.henvis.outcome.ReportMonth;
import dk.henvis.referral.ClosingReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's figures as a committee reads them, in Danish: one row per figure of the API's answer, keyed by
 * the API's own name for it, the value written the Danish way (1.234,5; 78,6 %). A figure without a basis is "–".
 */
final class ReportFigures {

    static final Locale DA = Locale.forLanguageTag("da-DK");
    static final String NONE = "–";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", DA);

    /** One row: the API's name of the figure, its Danish label, and its value as shown. */
    record Figure(String key, String label, String value) {
    }

    private ReportFigures() {
    }

    static List<Figure> of(ProgrammeReport r, ConsoleMessages m) {
        List<Figure> rows = new ArrayList<>();
        rows.add(new Figure("received", "Modtagne henvisninger", count(r.received())));
        rows.add(new Figure("accepted", "Visiterede", count(r.accepted())));
        rows.add(new Figure("declined", "Afviste", count(r.declined())));
        for (ClosingReason reason : ClosingReason.values()) {
            rows.add(new Figure("declinedByReason." + reason.name(), "Afvist: " + m.closingReason(reason),
                    count(r.declinedByReason().getOrDefault(reason.name(), 0L))));
        }
        rows.add(new Figure("placed", "Tildelt plads", count(r.placed())));
        rows.add(new Figure("waitlistedNow", "På venteliste nu", count(r.waitlistedNow())));
        rows.add(new Figure("medianDaysReceivedToPlaced", "Dage fra modtagelse til plads (median)",
                decimal(r.medianDaysReceivedToPlaced())));
        rows.add(new Figure("firstContactTargetDays", "Mål for første kontakt (dage)", count(r.firstContactTargetDays())));
        rows.add(new Figure("firstContactAssessed", "Første kontakt opgjort", count(r.firstContactAssessed())));
        rows.add(new Figure("firstContactWithinTarget", "Første kontakt inden for målet", count(r.firstContactWithinTarget())));
        rows.add(new Figure("shareFirstContactWithinTarget", "Andel med første kontakt inden for målet",
                share(r.shareFirstContactWithinTarget())));
        rows.add(new Figure("completed", "Afsluttede forløb", count(r.completed())));
        rows.add(new Figure("averageSessionsPerCompletedCourse", "Samtaler pr. afsluttet forløb",
                decimal(r.averageSessionsPerCompletedCourse())));
        rows.add(new Figure("coursesWithBothScores", "Forløb med start- og slutscore", count(r.coursesWithBothScores())));
        rows.add(new Figure("averageStartScore", "Startscore (gennemsnit)", decimal(r.averageStartScore())));
        rows.add(new Figure("averageEndScore", "Slutscore (gennemsnit)", decimal(r.averageEndScore())));
        rows.add(new Figure("shareImproved", "Andel med forbedret score", share(r.shareImproved())));
        rows.add(new Figure("escalated", "Afsluttet med underretning", count(r.escalated())));
        rows.add(new Figure("ended", "Afsluttede i alt (med og uden underretning)", count(r.ended())));
        rows.add(new Figure("shareEscalated", "Andel afsluttet med underretning", share(r.shareEscalated())));
        rows.add(new Figure("occupiedPlaceDays", "Optagne pladsdage", decimal(r.occupiedPlaceDays())));
        rows.add(new Figure("availablePlaceDays", "Tilgængelige pladsdage", decimal(r.availablePlaceDays())));
        rows.add(new Figure("utilisation", "Udnyttelse af pladserne", share(r.utilisation())));
        rows.add(new Figure("annualBudgetDkk", "Årligt budget (kr.)",
                r.annualBudgetDkk() == null ? NONE : decimal(BigDecimal.valueOf(r.annualBudgetDkk()))));
        rows.add(new Figure("budgetForPeriodDkk", "Budget for perioden (kr.)", decimal(r.budgetForPeriodDkk())));
        rows.add(new Figure("participants", "Deltagere", count(r.participants())));
        rows.add(new Figure("costPerParticipantDkk", "Pris pr. deltager (kr.)", decimal(r.costPerParticipantDkk())));
        return rows;
    }

    static String count(long value) {
        return format(BigDecimal.valueOf(value));
    }

    /** A decimal with the scale the API gives it, Danish separators: 1234.5 → "1.234,5". */
    static String decimal(BigDecimal value) {
        return value == null ? NONE : format(value);
    }

    /** A share 0-1 as a percentage with one decimal: 0.7857 → "78,6 %". */
    static String share(BigDecimal value) {
        return value == null ? NONE : format(percent(value)) + " %";
    }

    static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** "juni 2026" for the API's "2026-06". */
    static String month(String month) {
        return MONTH.format(YearMonth.parse(month));
    }

    static String month(ReportMonth month) {
        return month(month.month());
    }

    private static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DA));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }
}
