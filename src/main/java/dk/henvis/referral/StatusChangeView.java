package dk.henvis.referral;

import java.time.Instant;

public record StatusChangeView(ReferralStatus from, ReferralStatus to, Instant at, String actor, String reason) {

    public static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.fromStatus, change.toStatus, change.at, change.actor, change.reason);
    }
}
