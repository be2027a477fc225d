package dk.henvis.common;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Reads a Quarkus cache on the hot path. A hit is taken from Caffeine at once; only a miss (or a load still
 * running) goes through {@link Cache#get}, whose Uni, awaited on a worker thread, cost more than the read it
 * replaced on every referral and every catalogue list.
 */
public final class CacheReads {

    private CacheReads() {
    }

    public static <K, V> V get(Cache cache, K key, Function<K, V> load) {
        CompletableFuture<V> hit = cache.as(CaffeineCache.class).getIfPresent(key);
        if (hit != null && hit.isDone() && !hit.isCompletedExceptionally()) {
            return hit.join();
        }
        return cache.get(key, load).await().indefinitely();
    }
}
