package dk.henvis.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Loads the demo data set at start when {@code henvis.demo-data.enabled} is true (the demo profile). */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DemoDataConfig config;
    @Inject
    DemoData data;

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        if (data.loadOnce()) {
            LOG.info("Loaded the fictitious demo data set (henvis.demo-data.enabled=true)");
        } else {
            LOG.info("Demo data set already present; not loaded again");
        }
    }
}
