package dk.henvis.programme;

import dk.henvis.common.ReportedOn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The body of PUT /api/v1/programmes/{code}: the representation GET answers, so an admin can read, change
 * one field and send it back. {@code code} may be left out; given, it must be the path's.
 */
public record ProgrammeRequest(
        @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull ProgrammeFormat format,
        @NotNull @Valid Eligibility eligibility,
        @NotNull Boolean requiresVisitation,
        @Min(1) @Max(100) Integer sessionLimit,
        @Min(1) @Max(100) Integer extensionSessions,
        @Min(0) @Max(10) Integer maxExtensions,
        @NotNull @Min(1) @Max(365) Integer firstContactWithinDays,
        @Valid Scale scale,
        @Valid GroupSize groupSize,
        @PositiveOrZero @Max(1_000_000_000) Long annualBudgetDkk,
        @Min(1) @Max(100_000) Integer targetParticipantsPerYear,
        Boolean autoPromote) {

    public record Eligibility(
            @NotEmpty Set<@NotNull SubjectType> subjectTypes,
            @Min(0) @Max(25) Integer minAgeYears,
            @Min(0) @Max(25) Integer maxAgeYears,
            @Min(1) @Max(12) Integer dueDateMaxMonthsAhead,
            @Min(1) @Max(36) Integer infantMaxAgeMonths,
            @NotEmpty Set<@NotNull ReferrerRole> referrerRoles,
            Boolean excludesOpenCase) {

        @ReportedOn("maxAgeYears")
        @AssertTrue(message = "must not be below minAgeYears")
        public boolean isAgeRangeOrdered() {
            return minAgeYears == null || maxAgeYears == null || minAgeYears <= maxAgeYears;
        }
    }

    public record Scale(@NotNull @Min(0) @Max(100) Integer min, @NotNull @Min(1) @Max(100) Integer max,
                        @NotBlank @Size(max = 200) String label) {

        @ReportedOn("max")
        @AssertTrue(message = "must be above min")
        public boolean isOrdered() {
            return min == null || max == null || min < max;
        }
    }

    public record GroupSize(@Min(1) @Max(500) Integer min, @Min(1) @Max(500) Integer max) {

        @ReportedOn("max")
        @AssertTrue(message = "must not be below min")
        public boolean isOrdered() {
            return min == null || max == null || min <= max;
        }
    }

    @ReportedOn("extensionSessions")
    @AssertTrue(message = "is needed with maxExtensions of 1 or more, and only then")
    public boolean isExtensionConsistent() {
        int allowed = maxExtensions == null ? 0 : maxExtensions;
        return (allowed == 0) == (extensionSessions == null);
    }
}
