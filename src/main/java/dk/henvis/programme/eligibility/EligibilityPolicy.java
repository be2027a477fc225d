package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** One eligibility rule. Empty means the rule is met. */
public interface EligibilityPolicy {

    Optional<Refusal> check(Programme programme, Candidate candidate);
}
