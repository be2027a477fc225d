package dk.henvis.referral;

import java.util.UUID;

/** Fired inside the transaction of every status change; carries ids, programme and status only. */
public record ReferralStatusChanged(UUID referralId, String programmeCode, ReferralStatus from, ReferralStatus to) {
}
