package dk.henvis.referral;

import java.util.UUID;

/** Fired inside the transaction of every status change; carries ids, programme, status and the referrer's organisation. */
public record ReferralStatusChanged(UUID referralId, String programmeCode, ReferralStatus from, ReferralStatus to,
        String referrerOrganisation) {
}
