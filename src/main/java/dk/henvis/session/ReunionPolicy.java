package dk.henvis.session;

import dk.henvis.common.Refusal;
import dk.henvis.referral.Referral;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Pusterummet's reunion is held after all participants have given birth: after every expected due date. */
public final class ReunionPolicy {

    public static final String RULE = "reunion-after-due-dates";

    private ReunionPolicy() {
    }

    public static Optional<Refusal> check(List<Referral> participants, LocalDate date) {
        for (Referral participant : participants) {
            LocalDate due = participant.subjectExpectedDueDate;
            if (due != null && !due.isBefore(date)) {
                return Refusal.ruleViolated(RULE, "a REUNION is held only after every participant's due date has passed; "
                        + "referral " + participant.reference + " is due on " + due);
            }
        }
        return Optional.empty();
    }
}
