package dk.henvis.programme;

import java.util.Set;

/** A programme as the API shows it and as an admin writes it. */
public record ProgrammeView(
        String code,
        String name,
        String description,
        ProgrammeFormat format,
        Eligibility eligibility,
        boolean requiresVisitation,
        Integer sessionLimit,
        Integer extensionSessions,
        int maxExtensions,
        int firstContactWithinDays,
        Scale scale,
        GroupSize groupSize,
        Long annualBudgetDkk,
        Integer targetParticipantsPerYear,
        boolean autoPromote) {

    public record Eligibility(Set<SubjectType> subjectTypes, Integer minAgeYears, Integer maxAgeYears,
                              Integer dueDateMaxMonthsAhead, Integer infantMaxAgeMonths,
                              Set<ReferrerRole> referrerRoles, boolean excludesOpenCase) {
    }

    public record Scale(int min, int max, String label) {
    }

    public record GroupSize(Integer min, Integer max) {
    }

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.code, p.name, p.description, p.format,
                new Eligibility(p.subjectTypes(), p.minAgeYears, p.maxAgeYears, p.dueDateMaxMonthsAhead,
                        p.infantMaxAgeMonths, p.referrerRoles(), p.excludesOpenCase),
                p.requiresVisitation, p.sessionLimit, p.extensionSessions, p.maxExtensions, p.firstContactWithinDays,
                new Scale(p.scaleMin, p.scaleMax, p.scaleLabel),
                new GroupSize(p.groupSizeMin, p.groupSizeMax),
                p.annualBudgetDkk, p.targetParticipantsPerYear, p.autoPromote);
    }
}
