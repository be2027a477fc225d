package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void aCalendarYearIsOneAnnualBudgetLeapOrNot() {
        assertThat(Budget.forPeriod(81_000, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualByComparingTo("81000");
        assertThat(Budget.forPeriod(81_000, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).isEqualByComparingTo("81000");
        assertThat(Budget.forPeriod(120_000, LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30))).isEqualByComparingTo("240000");
    }

    @Test
    void partOfAYearIsItsShareOfDays() {
        assertThat(Budget.forPeriod(36_500, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10))).isEqualByComparingTo("1000");
        assertThat(Budget.forPeriod(36_500, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 10))).isEqualByComparingTo("37500");
    }
}
