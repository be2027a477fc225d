package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import java.util.Optional;

public class SubjectTypePolicy implements EligibilityPolicy {

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.subjectTypes().contains(candidate.subjectType())) {
            return Optional.empty();
        }
        return Refusal.notEligible(programme.name + " takes subjects of type " + programme.subjectTypes()
                + ", not " + candidate.subjectType());
    }
}
