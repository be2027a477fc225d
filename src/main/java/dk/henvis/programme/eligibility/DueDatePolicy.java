package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.programme.SubjectType;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** An expectant parent's due date lies in the future and at most the programme's months ahead (10 by default). */
public class DueDatePolicy implements EligibilityPolicy {

    public static final String RULE = "due-date";

    static final int DEFAULT_MONTHS_AHEAD = 10;

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (candidate.subjectType() != SubjectType.EXPECTANT_PARENT || candidate.expectedDueDate() == null) {
            return Optional.empty();
        }
        if (!candidate.expectedDueDate().isAfter(candidate.referralDate())) {
            return Refusal.notEligible(RULE, "due date: the expected due date must lie in the future");
        }
        int months = programme.dueDateMaxMonthsAhead == null ? DEFAULT_MONTHS_AHEAD : programme.dueDateMaxMonthsAhead;
        if (candidate.expectedDueDate().isAfter(candidate.referralDate().plusMonths(months))) {
            return Refusal.notEligible(RULE, "due date: the expected due date may be at most " + months + " months ahead");
        }
        return Optional.empty();
    }
}
