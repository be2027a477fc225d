package dk.henvis.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The annual budget prorated to a period: whole years from {@code from} count a full budget each, the
 * remaining days their share of the year they fall in. A calendar year (or any 1 Jan–31 Dec, leap or not)
 * is exactly one annual budget.
 */
public final class Budget {

    private Budget() {
    }

    public static BigDecimal forPeriod(long annualBudget, LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        LocalDate cursor = from;
        long years = 0;
        while (!cursor.plusYears(1).isAfter(end)) {
            cursor = cursor.plusYears(1);
            years++;
        }
        long rest = ChronoUnit.DAYS.between(cursor, end);
        long yearLength = ChronoUnit.DAYS.between(cursor, cursor.plusYears(1));
        BigDecimal annual = BigDecimal.valueOf(annualBudget);
        return annual.multiply(BigDecimal.valueOf(years))
                .add(annual.multiply(BigDecimal.valueOf(rest)).divide(BigDecimal.valueOf(yearLength), 2, RoundingMode.HALF_UP))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
