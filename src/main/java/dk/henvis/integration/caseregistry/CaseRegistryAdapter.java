package dk.henvis.integration.caseregistry;

import dk.henvis.integration.IntegrationConfig;
import dk.henvis.referral.CaseRegistryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Answers intake's question from the case system when one is configured; any failure is UNKNOWN, never a refusal. */
@ApplicationScoped
public class CaseRegistryAdapter implements CaseRegistryPort {

    private static final Logger LOG = Logger.getLogger(CaseRegistryAdapter.class);

    @Inject
    IntegrationConfig config;
    @Inject
    CaseRegistryCall call;

    @Override
    public Answer openCase(String cpr) {
        if (config.caseRegistry().url().isEmpty() || cpr == null) {
            return Answer.NOT_ASKED;
        }
        try {
            return call.hasOpenCase(cpr) ? Answer.OPEN_CASE : Answer.NO_OPEN_CASE;
        } catch (RuntimeException e) {
            // Only the kind of failure is logged: messages could quote the request.
            LOG.warnf("Case registry could not be asked (%s); the referral is flagged for the coordinator",
                    e.getClass().getSimpleName());
            return Answer.UNKNOWN;
        }
    }
}
