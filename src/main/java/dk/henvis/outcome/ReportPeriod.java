package dk.henvis.outcome;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The report's period: referrals received from {@code from} to {@code to}, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;

    /** Defaults: from 1 January of this year to today. */
    public static ReportPeriod of(String from, String to, LocalDate today) {
        LocalDate start = from == null || from.isBlank() ? today.withDayOfYear(1) : parse("from", from);
        LocalDate end = to == null || to.isBlank() ? today : parse("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw ProblemException.invalid("to", "the period is at most " + MAX_YEARS + " years");
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate parse(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO date (YYYY-MM-DD)");
        }
        if (!Dates.inRange(date)) {
            throw ProblemException.invalid(field, Dates.OUT_OF_RANGE);
        }
        return date;
    }
}
