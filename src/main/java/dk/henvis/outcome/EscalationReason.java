package dk.henvis.outcome;

/**
 * Why early help was not enough. A code, not free text: escalation erases free text at once, and the
 * reason stays in the status history for statistics.
 */
public enum EscalationReason {
    CONCERN_FOR_WELLBEING, VIOLENCE_OR_ABUSE, NEGLECT, SUBSTANCE_ABUSE, NEEDS_LONGER_SUPPORT, OTHER
}
