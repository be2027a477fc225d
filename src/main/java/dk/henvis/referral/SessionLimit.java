package dk.henvis.referral;

import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import java.util.Optional;

/**
 * The course's session budget: {@code sessionLimit} (copied from the programme at intake, raised by an
 * extension) against {@code sessionsUsed}. The referral checks it itself ({@link Referral#useSession},
 * {@link Referral#extend}) under its row lock, so two sessions cannot both take the last one.
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
