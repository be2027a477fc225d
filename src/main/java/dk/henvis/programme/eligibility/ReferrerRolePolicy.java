package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import java.util.Optional;

public class ReferrerRolePolicy implements EligibilityPolicy {

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.referrerRoles().contains(candidate.referrerRole())) {
            return Optional.empty();
        }
        return Refusal.notEligible(programme.name + " takes referrals from " + programme.referrerRoles()
                + ", not from " + candidate.referrerRole());
    }
}
