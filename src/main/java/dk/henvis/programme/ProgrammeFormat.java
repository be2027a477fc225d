package dk.henvis.programme;

public enum ProgrammeFormat {
    /** Rolling intake into a standing group (Fønix). */
    GROUP_ROLLING,
    /** A cohort starts together and the group closes at start (Pusterummet). */
    GROUP_COHORT,
    /** Individual courses; a group is a run or a team's caseload (Sandplay, Tidlig Forebyggelse). */
    INDIVIDUAL
}
