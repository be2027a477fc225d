package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    EntityManager em;

    @Test
    void twoReplicasTakingBlocksInTurnNeverHandOutTheSameReference() {
        ReferenceNumbers first = replica();
        ReferenceNumbers second = replica();
        List<String> handedOut = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3 * ReferenceNumbers.BLOCK; i++) {
                handedOut.add(first.next(TODAY));
                handedOut.add(second.next(TODAY));
            }
        });
        assertThat(new HashSet<>(handedOut)).hasSize(handedOut.size());
        assertThat(handedOut).allMatch(reference -> reference.matches("H-2026-\\d{5,}"));
    }

    @Test
    void oneReplicaNumbersConsecutivelyWithinABlock() {
        ReferenceNumbers replica = replica();
        List<Long> numbers = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ReferenceNumbers.BLOCK; i++) {
                numbers.add(Long.parseLong(replica.next(TODAY).substring("H-2026-".length())));
            }
        });
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(ReferenceNumbers.BLOCK - 1);
    }

    private ReferenceNumbers replica() {
        ReferenceNumbers numbers = new ReferenceNumbers();
        numbers.em = em;
        return numbers;
    }
}
