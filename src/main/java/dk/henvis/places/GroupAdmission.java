package dk.henvis.places;

import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ProgrammeFormat;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a group takes new participants today. Only an OPEN group does; a cohort (GROUP_COHORT, e.g.
 * Pusterummet) starts together and is closed to newcomers from its start date on, whether or not the
 * nightly {@link CohortClosing} job has already set it CLOSED. Rolling groups and runs stay open.
 */
public final class GroupAdmission {

    public static final String RULE = "group-admission";

    private GroupAdmission() {
    }

    /** Why the group takes nobody new, or empty when it admits. */
    public static Optional<Refusal> check(Group group, Programme programme, LocalDate today) {
        if (!group.isOpen()) {
            return notOpen(group);
        }
        if (closedAtStart(group, programme, today)) {
            return Refusal.ruleViolated(RULE, "the cohort started on " + group.startDate + " and takes no new participants");
        }
        return Optional.empty();
    }

    /** The refusal of a group that is not OPEN (also when the conditional update finds it so). */
    static Optional<Refusal> notOpen(Group group) {
        return Refusal.ruleViolated(RULE, "the group is " + group.status + "; only an OPEN group takes participants");
    }

    static boolean admits(Group group, Programme programme, LocalDate today) {
        return check(group, programme, today).isEmpty();
    }

    static boolean closedAtStart(Group group, Programme programme, LocalDate today) {
        return programme.format == ProgrammeFormat.GROUP_COHORT && group.startDate != null
                && !group.startDate.isAfter(today);
    }
}
