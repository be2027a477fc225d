package dk.henvis.session;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import dk.henvis.referral.Referral;

/**
 * The course's session budget: {@code sessionLimit} (copied from the programme at intake, raised by an
 * extension) against {@code sessionsUsed}. Callers hold the referral's row lock, so two sessions cannot
 * both take the last one.
 */
public final class SessionLimit {

    private SessionLimit() {
    }

    /** Uses one session of the course, or refuses with 409 session-limit-reached. */
    public static void use(Referral referral) {
        if (referral.sessionLimit != null && referral.sessionsUsed >= referral.sessionLimit) {
            throw new ProblemException(ProblemType.SESSION_LIMIT_REACHED, "Referral " + referral.reference
                    + " has used all " + referral.sessionLimit + " sessions of its course"
                    + (referral.extensionsGranted == 0 ? "" : " (including " + referral.extensionsGranted + " extension)"));
        }
        referral.sessionsUsed++;
    }

    /** Gives a session back, when attendance is corrected from ATTENDED to something else. */
    public static void giveBack(Referral referral) {
        referral.sessionsUsed = Math.max(0, referral.sessionsUsed - 1);
    }

    /** Why the programme does not allow this extension, or null when it does. */
    public static String extensionRefusal(Programme programme, Referral referral, int additionalSessions) {
        if (programme.maxExtensions == 0 || programme.extensionSessions == null) {
            return "programme " + programme.code + " allows no extension of a course";
        }
        if (referral.extensionsGranted >= programme.maxExtensions) {
            return "programme " + programme.code + " allows " + programme.maxExtensions
                    + " extension(s) per course and the referral already has " + referral.extensionsGranted;
        }
        if (additionalSessions > programme.extensionSessions) {
            return "an extension of programme " + programme.code + " is at most " + programme.extensionSessions
                    + " sessions";
        }
        return null;
    }
}
