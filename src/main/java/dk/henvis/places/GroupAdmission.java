package dk.henvis.places;

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

    private GroupAdmission() {
    }

    /** The reason the group takes nobody new, or empty when it admits. */
    public static Optional<String> refusal(Group group, Programme programme, LocalDate today) {
        if (!group.isOpen()) {
            return Optional.of("the group is " + group.status + "; only an OPEN group takes participants");
        }
        if (closedAtStart(group, programme, today)) {
            return Optional.of("the cohort started on " + group.startDate + " and takes no new participants");
        }
        return Optional.empty();
    }

    static boolean closedAtStart(Group group, Programme programme, LocalDate today) {
        return programme.format == ProgrammeFormat.GROUP_COHORT && group.startDate != null
                && !group.startDate.isAfter(today);
    }
}
