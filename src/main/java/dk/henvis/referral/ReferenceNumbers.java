package dk.henvis.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Hands out referral references ("H-2026-00042") from a database sequence, a block at a time: one
 * sequence call serves {@link #BLOCK} referrals. Each replica takes its own blocks, so references
 * are unique across replicas; they are not strictly in order of receipt, and a restart leaves a gap.
 */
@ApplicationScoped
class ReferenceNumbers {

    /** Equals the sequence's increment (V42). */
    static final int BLOCK = 20;

    @Inject
    EntityManager em;

    private long next;
    private long end;

    String next(LocalDate today) {
        long number = nextNumber();
        String digits = Long.toString(number);
        StringBuilder reference = new StringBuilder(16).append("H-").append(today.getYear()).append('-');
        for (int pad = digits.length(); pad < 5; pad++) {
            reference.append('0');
        }
        return reference.append(digits).toString();
    }

    private synchronized long nextNumber() {
        if (next >= end) {
            next = ((Number) em.createNativeQuery("select nextval('referral_reference_seq')").getSingleResult()).longValue();
            end = next + BLOCK;
        }
        return next++;
    }
}
