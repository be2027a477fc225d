package dk.henvis.referral;

import static dk.henvis.referral.ReferralStatus.ACCEPTED;
import static dk.henvis.referral.ReferralStatus.COMPLETED;
import static dk.henvis.referral.ReferralStatus.DECLINED;
import static dk.henvis.referral.ReferralStatus.ESCALATED;
import static dk.henvis.referral.ReferralStatus.IN_ASSESSMENT;
import static dk.henvis.referral.ReferralStatus.IN_PROGRESS;
import static dk.henvis.referral.ReferralStatus.PLACED;
import static dk.henvis.referral.ReferralStatus.RECEIVED;
import static dk.henvis.referral.ReferralStatus.WAITLISTED;
import static dk.henvis.referral.ReferralStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The one table of allowed status changes (docs/ARCHITECTURE.md, "The referral"). Everything else is 409 invalid-transition. */
public final class ReferralTransitions {

    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = new EnumMap<>(ReferralStatus.class);

    static {
        // No RECEIVED -> ACCEPTED: acceptance follows assessment (first contact). A programme without
        // visitation is accepted on receipt by the system, when the referral is recorded (Referral.receive).
        ALLOWED.put(RECEIVED, EnumSet.of(IN_ASSESSMENT, DECLINED, WITHDRAWN, ESCALATED));
        ALLOWED.put(IN_ASSESSMENT, EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, ESCALATED));
        ALLOWED.put(ACCEPTED, EnumSet.of(PLACED, WAITLISTED, DECLINED, WITHDRAWN, ESCALATED));
        ALLOWED.put(WAITLISTED, EnumSet.of(ACCEPTED, PLACED, DECLINED, WITHDRAWN, ESCALATED));
        // PLACED -> PLACED is a move to another group.
        ALLOWED.put(PLACED, EnumSet.of(PLACED, IN_PROGRESS, WITHDRAWN, ESCALATED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(COMPLETED, WITHDRAWN, ESCALATED));
        for (ReferralStatus terminal : EnumSet.of(COMPLETED, DECLINED, WITHDRAWN, ESCALATED)) {
            ALLOWED.put(terminal, EnumSet.noneOf(ReferralStatus.class));
        }
    }

    private ReferralTransitions() {
    }

    public static boolean allowed(ReferralStatus from, ReferralStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<ReferralStatus> from(ReferralStatus status) {
        return EnumSet.copyOf(ALLOWED.get(status).isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : ALLOWED.get(status));
    }
}
