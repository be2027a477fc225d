package dk.henvis.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Releases n tasks on a pool at the same moment, for concurrency tests. */
public final class Race {

    public interface Task<T> {
        T run(int index) throws Exception;
    }

    private Race() {
    }

    /** Runs the tasks together and answers their results in task order, each awaited at most {@code timeout}. */
    public static <T> List<T> all(ExecutorService pool, int n, Duration timeout, Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                return task.run(index);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }
        return results;
    }
}
