package dk.henvis.programme;

public enum ReferrerRole {
    HEALTH_VISITOR, SCHOOL, DAYCARE, PPR, GP, FAMILY, OTHER
}
