package dk.henvis.programme;

import dk.henvis.common.Refusal;
import java.util.Optional;

/** A score (the wellbeing score at intake, a measurement later) lies on the programme's own scale, both ends included. */
public final class ScoreScale {

    public static final String RULE = "score-within-scale";

    private ScoreScale() {
    }

    /** {@code what} names the score in the detail, e.g. "wellbeingScore". */
    public static Optional<Refusal> check(Programme programme, String what, int score) {
        if (programme.scaleHolds(score)) {
            return Optional.empty();
        }
        return Refusal.ruleViolated(RULE, what + " must lie on the programme's scale " + programme.scaleMin + "-"
                + programme.scaleMax + " (" + programme.scaleLabel + ")");
    }
}
