package dk.henvis.programme.eligibility;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.common.Refusal;
import java.util.Optional;

/** The parents' consent is needed, except when the family refers itself. */
public class ConsentPolicy implements EligibilityPolicy {

    public static final String RULE = "consent";

    @Override
    public Optional<Refusal> check(Programme programme, Candidate candidate) {
        if (candidate.consentGiven() || candidate.referrerRole() == ReferrerRole.FAMILY) {
            return Optional.empty();
        }
        return Refusal.of(RULE, ProblemType.CONSENT_MISSING,
                "A referral needs the parents' consent (consent.given true) unless the family refers itself");
    }
}
