package dk.henvis.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Loads the demo data set when {@code henvis.demo-data.enabled} is true (the demo profile). It loads
 * in the background, in one transaction, so the service answers at once and the set appears whole
 * about two seconds later; it is demo data, not something the service needs in order to serve.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DemoDataConfig config;
    @Inject
    DemoData data;
    @Inject
    ManagedExecutor executor;

    private volatile CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

    void onStart(@Observes StartupEvent start) {
        if (config.enabled()) {
            loading = executor.runAsync(this::load);
        }
    }

    /** Completes when the background load has finished (at once when there is none). */
    public CompletableFuture<Void> loaded() {
        return loading;
    }

    private void load() {
        try {
            if (data.loadOnce()) {
                LOG.info("Loaded the fictitious demo data set (henvis.demo-data.enabled=true)");
            } else {
                LOG.info("Demo data set already present; not loaded again");
            }
        } catch (RuntimeException e) {
            LOG.error("The demo data set could not be loaded; the service runs without it", e);
        }
    }
}
