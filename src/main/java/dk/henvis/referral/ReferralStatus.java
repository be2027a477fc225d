package dk.henvis.referral;

public enum ReferralStatus {
    RECEIVED, IN_ASSESSMENT, ACCEPTED, WAITLISTED, PLACED, IN_PROGRESS, COMPLETED, DECLINED, WITHDRAWN, ESCALATED;

    public boolean isTerminal() {
        return this == COMPLETED || this == DECLINED || this == WITHDRAWN || this == ESCALATED;
    }

    /** PLACED and IN_PROGRESS referrals each hold one place in one group. */
    public boolean holdsPlace() {
        return this == PLACED || this == IN_PROGRESS;
    }
}
