package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.programme.SubjectType;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** A parent's infant is born and younger than the programme's limit (12 months by default). */
public class InfantAgePolicy implements EligibilityPolicy {

    public static final String RULE = "infant-age";

    static final int DEFAULT_MAX_MONTHS = 12;

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (candidate.subjectType() != SubjectType.PARENT || candidate.infantBirthDate() == null) {
            return Optional.empty();
        }
        int months = programme.infantMaxAgeMonths == null ? DEFAULT_MAX_MONTHS : programme.infantMaxAgeMonths;
        if (candidate.infantBirthDate().isAfter(candidate.referralDate())) {
            return Refusal.notEligible(RULE, "infant age: the infant's birth date lies in the future");
        }
        if (!candidate.infantBirthDate().plusMonths(months).isAfter(candidate.referralDate())) {
            return Refusal.notEligible(RULE, "infant age: " + programme.name + " is for parents of infants under "
                    + months + " months");
        }
        return Optional.empty();
    }
}
