package dk.henvis.session;

import dk.henvis.common.Refusal;
import dk.henvis.referral.Referral;
import java.util.Optional;
import java.util.UUID;

/**
 * Attendance of a group session is recorded only for the group's participants: referrals that hold a
 * place in that group now. A listed referral that is not one refuses the whole list.
 */
public final class ParticipantPolicy {

    public static final String RULE = "attendance-of-participants";

    private ParticipantPolicy() {
    }

    /**
     * @param referral the referral named by the list or by its earlier version, null when there is none
     * @param listed   whether the new list names it (else its attendance is being removed)
     */
    public static Optional<Refusal> check(ProgrammeSession session, UUID referralId, Referral referral, boolean listed) {
        if (referral == null) {
            return Refusal.ruleViolated(RULE, "referral " + referralId + " is not a participant of the group; "
                    + "nothing was saved");
        }
        if (!referral.status.holdsPlace() || !session.groupId.equals(referral.groupId)) {
            return Refusal.ruleViolated(RULE, "referral " + referral.reference + " is not a participant of the group"
                    + (listed ? "" : " any more, so its attendance cannot be removed") + "; nothing was saved");
        }
        return Optional.empty();
    }
}
