package dk.henvis.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The report figures of openapi/openapi.yaml for one programme over the referrals received in [from, to].
 * Shares are fractions 0-1; a figure without a basis (no completed course, no group) is null.
 */
public record ProgrammeReport(
        String programmeCode,
        String programmeName,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        long received,
        long accepted,
        long declined,
        Map<String, Long> declinedByReason,
        long placed,
        long waitlistedNow,
        BigDecimal medianDaysReceivedToPlaced,
        int firstContactTargetDays,
        long firstContactAssessed,
        long firstContactWithinTarget,
        BigDecimal shareFirstContactWithinTarget,
        long completed,
        BigDecimal averageSessionsPerCompletedCourse,
        long coursesWithBothScores,
        BigDecimal averageStartScore,
        BigDecimal averageEndScore,
        BigDecimal shareImproved,
        long escalated,
        long ended,
        BigDecimal shareEscalated,
        BigDecimal occupiedPlaceDays,
        BigDecimal availablePlaceDays,
        BigDecimal utilisation,
        Long annualBudgetDkk,
        BigDecimal budgetForPeriodDkk,
        long participants,
        BigDecimal costPerParticipantDkk) {
}
