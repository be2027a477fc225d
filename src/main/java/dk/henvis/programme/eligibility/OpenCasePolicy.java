package dk.henvis.programme.eligibility;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import dk.henvis.common.Refusal;
import java.util.Optional;

public class OpenCasePolicy implements EligibilityPolicy {

    public static final String RULE = "no-open-case";

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.excludesOpenCase && candidate.hasOpenCase()) {
            return Refusal.of(RULE, ProblemType.OPEN_CASE, programme.name
                    + " is not for a child with an open case in the family section; the case worker there is the way in");
        }
        return Optional.empty();
    }
}
