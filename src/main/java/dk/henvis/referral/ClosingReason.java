package dk.henvis.referral;

public enum ClosingReason {
    NOT_ELIGIBLE, OPEN_CASE, NO_CONSENT, REFERRED_ELSEWHERE, NO_LONGER_NEEDED, OTHER
}
