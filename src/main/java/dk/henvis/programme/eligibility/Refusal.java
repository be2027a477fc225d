package dk.henvis.programme.eligibility;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import java.util.Optional;

/** Why a policy refuses a candidate: the problem type and the rule, in words a coordinator understands. */
public record Refusal(ProblemType type, String rule) {

    public static Optional<Refusal> notEligible(String rule) {
        return Optional.of(new Refusal(ProblemType.NOT_ELIGIBLE, rule));
    }

    public ProblemException toProblem() {
        return new ProblemException(type, rule);
    }
}
