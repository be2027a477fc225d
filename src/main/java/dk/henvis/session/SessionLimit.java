package dk.henvis.session;

import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import dk.henvis.referral.Referral;
import java.util.Optional;

/**
 * The course's session budget: {@code sessionLimit} (copied from the programme at intake, raised by an
 * extension) against {@code sessionsUsed}. Callers hold the referral's row lock, so two sessions cannot
 * both take the last one.
 */
public final class SessionLimit {

    public static final String RULE = "session-limit";
    public static final String EXTENSION_RULE = "session-extension";

    private SessionLimit() {
    }

    /** Refuses one more counted session when the course has used all of its sessions. */
    public static Optional<Refusal> check(Referral referral) {
        if (referral.sessionLimit == null || referral.sessionsUsed < referral.sessionLimit) {
            return Optional.empty();
        }
        return Refusal.of(RULE, ProblemType.SESSION_LIMIT_REACHED, "Referral " + referral.reference
                + " has used all " + referral.sessionLimit + " sessions of its course"
                + (referral.extensionsGranted == 0 ? "" : " (including " + referral.extensionsGranted + " extension)"));
    }

    /** Uses one session of the course, or refuses with 409 session-limit-reached. */
    public static void use(Referral referral) {
        Refusal.enforce(check(referral));
        referral.sessionsUsed++;
    }

    /** Gives a session back, when attendance is corrected from ATTENDED to something else. */
    public static void giveBack(Referral referral) {
        referral.sessionsUsed = Math.max(0, referral.sessionsUsed - 1);
    }

    /** Whether the programme allows this extension of the course. */
    public static Optional<Refusal> extension(Programme programme, Referral referral, int additionalSessions) {
        if (programme.maxExtensions == 0 || programme.extensionSessions == null) {
            return Refusal.ruleViolated(EXTENSION_RULE, "programme " + programme.code + " allows no extension of a course");
        }
        if (referral.extensionsGranted >= programme.maxExtensions) {
            return Refusal.ruleViolated(EXTENSION_RULE, "programme " + programme.code + " allows " + programme.maxExtensions
                    + " extension(s) per course and the referral already has " + referral.extensionsGranted);
        }
        if (additionalSessions > programme.extensionSessions) {
            return Refusal.ruleViolated(EXTENSION_RULE, "an extension of programme " + programme.code + " is at most "
                    + programme.extensionSessions + " sessions");
        }
        return Optional.empty();
    }
}
