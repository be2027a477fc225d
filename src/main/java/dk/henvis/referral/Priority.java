package dk.henvis.referral;

public enum Priority {
    HIGH, NORMAL
}
