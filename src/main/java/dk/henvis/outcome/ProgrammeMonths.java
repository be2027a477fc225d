package dk.henvis.outcome;

import java.time.LocalDate;
import java.util.List;

/** The report's figures month by month over the period, oldest first, every month present even when empty. */
public record ProgrammeMonths(String programmeCode, LocalDate from, LocalDate to, List<ReportMonth> months) {
}
