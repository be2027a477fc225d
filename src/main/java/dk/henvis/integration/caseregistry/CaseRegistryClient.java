package dk.henvis.integration.caseregistry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The case system's query endpoint: {@code POST <henvis.integration.case-registry.url>} with
 * {@code {"cpr":"DDMMYY-SSSS"}} answers {@code {"openCase":true|false}}. The CPR travels only in the body.
 */
public interface CaseRegistryClient {

    record Query(String cpr) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(Boolean openCase) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Answer ask(Query query);
}
