package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.common.Refusal;
import java.util.Optional;

public class SubjectTypePolicy implements EligibilityPolicy {

    public static final String RULE = "subject-type";

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.subjectTypes().contains(candidate.subjectType())) {
            return Optional.empty();
        }
        return Refusal.notEligible(RULE, programme.name + " takes subjects of type " + programme.subjectTypes()
                + ", not " + candidate.subjectType());
    }
}
