package dk.henvis.referral;

/**
 * The municipality's case system, asked at intake whether a child has an open case in the family
 * section. The integration feature implements it; intake never refuses because the answer is missing.
 */
public interface CaseRegistryPort {

    enum Answer {
        OPEN_CASE,
        NO_OPEN_CASE,
        /** The case system could not be asked (timeout, outage, open circuit): the coordinator must check. */
        UNKNOWN,
        /** No case system is configured. */
        NOT_ASKED
    }

    Answer openCase(String cpr);
}
