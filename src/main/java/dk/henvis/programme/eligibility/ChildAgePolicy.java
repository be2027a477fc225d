package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.programme.SubjectType;
import java.time.Period;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** A child's age in whole years on the referral date lies within the programme's range (both ends included). */
public class ChildAgePolicy implements EligibilityPolicy {

    public static final String RULE = "child-age";

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (candidate.subjectType() != SubjectType.CHILD || candidate.birthDate() == null) {
            return Optional.empty();
        }
        int age = Period.between(candidate.birthDate(), candidate.referralDate()).getYears();
        boolean tooYoung = programme.minAgeYears != null && age < programme.minAgeYears;
        boolean tooOld = programme.maxAgeYears != null && age > programme.maxAgeYears;
        if (!tooYoung && !tooOld) {
            return Optional.empty();
        }
        return Refusal.notEligible(RULE, "age: " + programme.name + " is for children aged " + range(programme)
                + " years on the referral date; this child is " + age);
    }

    private static String range(Programme programme) {
        if (programme.minAgeYears == null) {
            return "up to " + programme.maxAgeYears;
        }
        if (programme.maxAgeYears == null) {
            return programme.minAgeYears + " and over";
        }
        return programme.minAgeYears + "-" + programme.maxAgeYears;
    }
}
