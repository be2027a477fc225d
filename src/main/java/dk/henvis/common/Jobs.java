package dk.henvis.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The scheduled jobs' own small executor. A scheduled method hands its work here and returns at once,
 * so a job never takes one of the request worker threads, and a flood of slow requests never delays a
 * job. Once shutdown has begun no job starts, and a running one may ask {@link #stopping()} between
 * units of work.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    private final ExecutorService executor;
    private volatile boolean stopping;

    public Jobs(HenvisConfig config) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "henvis-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(config.jobs().threads(), threads);
    }

    /** Runs one job on the jobs' executor; its failure is logged here, the next run starts afresh. */
    public CompletionStage<Void> run(String name, Runnable job) {
        if (stopping) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            if (stopping) {
                return;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.in(e)) {
                    DatabaseUnavailable.noticed(e, "job " + name);
                } else {
                    LOG.errorf(e, "Job %s failed", name);
                }
            }
        }, executor);
    }

    /** Whether shutdown has begun: a job claims no further work. */
    public boolean stopping() {
        return stopping;
    }

    void shutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    void shutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
