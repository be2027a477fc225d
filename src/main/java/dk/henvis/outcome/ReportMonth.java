package dk.henvis.outcome;

import java.math.BigDecimal;

/**
 * One calendar month of a programme's report period (the first and last month cut to the period): the referrals
 * received in it, their first contact, the scores of those completed, and the place-days occupied within it.
 */
public record ReportMonth(
        String month,
        long received,
        long firstContactAssessed,
        long firstContactWithinTarget,
        long coursesWithBothScores,
        BigDecimal averageStartScore,
        BigDecimal averageEndScore,
        BigDecimal occupiedPlaceDays,
        BigDecimal availablePlaceDays,
        BigDecimal utilisation) {
}
