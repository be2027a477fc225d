package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** Runs the policies in a fixed order and answers the first refusal. */
@ApplicationScoped
public class Eligibility {

    private static final List<EligibilityPolicy> POLICIES = List.of(
            new SubjectTypePolicy(),
            new ReferrerRolePolicy(),
            new ChildAgePolicy(),
            new DueDatePolicy(),
            new InfantAgePolicy(),
            new OpenCasePolicy(),
            new ConsentPolicy());

    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        return POLICIES.stream()
                .map(policy -> policy.check(programme, candidate))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
