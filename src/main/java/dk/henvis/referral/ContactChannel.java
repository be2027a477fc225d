package dk.henvis.referral;

public enum ContactChannel {
    PHONE, HOME_VISIT, MEETING, VIDEO, LETTER, EMAIL
}
