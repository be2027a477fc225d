package dk.henvis.programme.eligibility;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import java.util.Optional;

public class OpenCasePolicy implements EligibilityPolicy {

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.excludesOpenCase && candidate.hasOpenCase()) {
            return Optional.of(new Refusal(ProblemType.OPEN_CASE, programme.name
                    + " is not for a child with an open case in the family section; the case worker there is the way in"));
        }
        return Optional.empty();
    }
}
