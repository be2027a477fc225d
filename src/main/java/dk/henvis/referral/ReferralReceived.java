package dk.henvis.referral;

import java.util.UUID;

/** Fired inside the receiving transaction; carries no personal data. */
public record ReferralReceived(UUID referralId, String programmeCode, ReferralStatus status) {
}
