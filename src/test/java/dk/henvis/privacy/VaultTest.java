package dk.henvis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The vault keeps a keyed Mac and a cipher per thread: many threads at once must get what one thread gets. */
class VaultTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // bytes 0..31
    private final Vault vault = new Vault(KEY);

    @Test
    void theSameValueHashesAlikeOnEveryThreadAndDifferentValuesDiffer() throws Exception {
        List<String> values = IntStream.range(0, 400).mapToObj(i -> "cpr:0101" + (10 + i % 90) + "-" + i).toList();
        List<String> alone = values.stream().map(vault::lookupHash).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> together = values.stream().map(v -> pool.submit(() -> vault.lookupHash(v))).toList();
            for (int i = 0; i < values.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone).doesNotHaveDuplicates();
        assertThat(new Vault(KEY).lookupHash(values.get(0))).isEqualTo(alone.get(0));
    }

    @Test
    void whatOneThreadSealsAnotherOpensAndNoTwoSealsOfOneValueAreAlike() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> sealed = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> vault.encrypt("010118-" + (1000 + i)))).toList();
            for (int i = 0; i < sealed.size(); i++) {
                String stored = sealed.get(i).get();
                assertThat(pool.submit(() -> vault.decrypt(stored)).get()).isEqualTo("010118-" + (1000 + i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(vault.encrypt("010118-1000")).isNotEqualTo(vault.encrypt("010118-1000"));
    }
}
