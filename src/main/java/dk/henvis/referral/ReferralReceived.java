package dk.henvis.referral;

import java.util.UUID;

/**
 * Fired inside the receiving transaction; carries no personal data. The referrer's organisation rides along so
 * that a subscriber (the outbox, whose deliveries are scoped by organisation) need not look the referral up.
 */
public record ReferralReceived(UUID referralId, String programmeCode, ReferralStatus status, String referrerOrganisation) {
}
