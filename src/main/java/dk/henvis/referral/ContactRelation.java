package dk.henvis.referral;

public enum ContactRelation {
    MOTHER, FATHER, PARENT, GUARDIAN, FOSTER_PARENT, SELF, OTHER
}
