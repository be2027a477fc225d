package dk.henvis.referral;

public enum Outcome {
    GOAL_REACHED, PARTLY_REACHED, NOT_REACHED
}
