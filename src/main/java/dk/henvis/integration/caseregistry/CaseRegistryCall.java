package dk.henvis.integration.caseregistry;

import dk.henvis.integration.IntegrationConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * One guarded question to the case system: each attempt times out, one retry follows a failure, and
 * after repeated failures the circuit opens so intake stops waiting on a system that is down.
 * Limits are overridable as MicroProfile Fault Tolerance config, e.g.
 * {@code dk.henvis.integration.caseregistry.CaseRegistryCall/hasOpenCase/Timeout/value=2000}.
 */
@ApplicationScoped
public class CaseRegistryCall {

    public static final String BREAKER = "case-registry";

    @Inject
    IntegrationConfig config;

    private volatile CaseRegistryClient client;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS, successThreshold = 1)
    @CircuitBreakerName(BREAKER)
    public boolean hasOpenCase(String cpr) {
        CaseRegistryClient.Answer answer = client().ask(new CaseRegistryClient.Query(cpr));
        if (answer == null || answer.openCase() == null) {
            throw new IllegalStateException("The case registry gave no answer");
        }
        return answer.openCase();
    }

    private CaseRegistryClient client() {
        CaseRegistryClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = QuarkusRestClientBuilder.newBuilder()
                            .baseUri(URI.create(config.caseRegistry().url().orElseThrow()))
                            .connectTimeout(2, TimeUnit.SECONDS)
                            .readTimeout(5, TimeUnit.SECONDS)
                            .build(CaseRegistryClient.class);
                }
                current = client;
            }
        }
        return current;
    }
}
