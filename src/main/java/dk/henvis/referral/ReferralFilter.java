package dk.henvis.referral;

import dk.henvis.common.ProblemException;
import java.util.Arrays;

/** The list filters, parsed here so that a bad value is a 400 problem, not a 404 from parameter conversion. */
public record ReferralFilter(String programme, ReferralStatus status, boolean overdue) {

    public static ReferralFilter of(String programme, String status, String overdue) {
        ReferralStatus parsed = null;
        if (status != null && !status.isBlank()) {
            parsed = Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("status", "must be one of "
                            + Arrays.toString(ReferralStatus.values())));
        }
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw ProblemException.invalid("overdue", "must be true or false");
        }
        return new ReferralFilter(programme == null || programme.isBlank() ? null : programme, parsed,
                "true".equals(overdue));
    }
}
