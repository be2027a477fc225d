package dk.henvis.common;

import java.util.Optional;

/**
 * A business rule saying no. Every rule is a named policy that answers either nothing (the rule holds) or
 * a refusal: the rule's name, the problem type the client gets, and the detail in words a coordinator
 * understands. {@link #enforce} ends the request with it, and {@link ProblemMapper} turns it into the
 * problem. The rules and where they live: docs/ARCHITECTURE.md, "Where is rule X".
 */
public record Refusal(String rule, ProblemType type, String detail) {

    public static Optional<Refusal> of(String rule, ProblemType type, String detail) {
        return Optional.of(new Refusal(rule, type, detail));
    }

    public static Optional<Refusal> ruleViolated(String rule, String detail) {
        return of(rule, ProblemType.RULE_VIOLATED, detail);
    }

    public static Optional<Refusal> notEligible(String rule, String detail) {
        return of(rule, ProblemType.NOT_ELIGIBLE, detail);
    }

    /** Ends the request (and rolls back its transaction) when the policy refused. */
    public static void enforce(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
    }

    public Refused refused() {
        return new Refused(this);
    }

    /** A refusal on its way to the problem mapper. */
    public static final class Refused extends RuntimeException {

        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.rule() + ": " + refusal.detail(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
