package dk.henvis.programme.eligibility;

import dk.henvis.programme.Programme;
import dk.henvis.common.Refusal;
import java.util.Optional;

public class ReferrerRolePolicy implements EligibilityPolicy {

    public static final String RULE = "referrer-role";

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (programme.referrerRoles().contains(candidate.referrerRole())) {
            return Optional.empty();
        }
        return Refusal.notEligible(RULE, programme.name + " takes referrals from " + programme.referrerRoles()
                + ", not from " + candidate.referrerRole());
    }
}
