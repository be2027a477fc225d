package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi/openapi.yaml declares every answer an operation can give, and refuses in its schemas what the service
 * refuses. The statuses come from the code: ProblemMapper and AccessFilter answer every operation (401, 406,
 * 500, 503), BodySizeLimit and JAX-RS every body (408, 413, 415, 400), IdempotencyFilters every POST under
 * /api/v1/referrals (400, 409, 422 and Idempotent-Replayed), IfMatch every change loaded through
 * ReferralDecisions.load (412).
 */
class ContractCompletenessTest {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Paths.get("openapi", "openapi.yaml").toUri().toString()).build();
    private static final Set<String> VERBS = Set.of("get", "put", "post", "patch", "delete");

    @Test
    void everyOperationListsItsStatusesWithoutADefaultThatHidesOthers() throws IOException {
        Map<String, Map<String, Object>> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);
        List<String> gaps = new ArrayList<>();
        operations.forEach((name, operation) -> {
            Set<String> statuses = responses(operation).keySet();
            Set<String> wanted = new TreeSet<>(Set.of("401", "406", "500", "503"));
            if (operation.containsKey("requestBody")) {
                wanted.addAll(Set.of("400", "408", "413", "415"));
            }
            if (name.startsWith("POST /api/v1/referrals")) {
                wanted.addAll(Set.of("400", "409", "422"));
            }
            if (name.startsWith("POST /api/v1/referrals/")) {
                wanted.add("412");
            }
            // A PUT creates what it does not find.
            if (name.contains("{") && !name.startsWith("PUT /api/v1/programmes/")) {
                wanted.add("404");
            }
            if (statuses.contains("default") || !statuses.containsAll(wanted)) {
                gaps.add(name + " lists " + statuses + ", needs " + wanted);
            }
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyPostUnderReferralsTakesAnIdempotencyKeyAndMarksAReplayedAnswer() throws IOException {
        List<String> gaps = new ArrayList<>();
        String referralUpdated = String.valueOf(components("responses").get("ReferralUpdated"));
        operations().forEach((name, operation) -> {
            if (!name.startsWith("POST /api/v1/referrals")) {
                return;
            }
            if (!String.valueOf(operation.get("parameters")).contains("#/components/parameters/IdempotencyKey")) {
                gaps.add(name + " has no Idempotency-Key parameter");
            }
            Object success = responses(operation).getOrDefault("200", responses(operation).get("201"));
            String replayed = String.valueOf(success).contains("ReferralUpdated")
                    ? referralUpdated : String.valueOf(success);
            if (!replayed.contains("Idempotent-Replayed")) {
                gaps.add(name + " does not declare Idempotent-Replayed on its success");
            }
        });
        assertThat(gaps).isEmpty();
    }

    @Test
    void theServiceUnavailableAnswerCarriesRetryAfterAndEveryProblemTypeIsNamed() throws IOException {
        assertThat(String.valueOf(components("responses").get("ServiceUnavailable"))).contains("Retry-After");
        String problemType = String.valueOf(components("schemas").get("Problem"));
        List<String> slugs = new ArrayList<>(Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList());
        slugs.addAll(List.of("service-unavailable", "request-timeout"));
        assertThat(slugs).allSatisfy(slug -> assertThat(problemType).contains(slug));
    }

    @Test
    void aReferralWithABlankSubjectNameIsRefusedByTheContract() {
        assertThat(createReferral(subject("CHILD", " ", "\"birthDate\": \"2022-05-01\"")).getMessages())
                .anySatisfy(m -> assertThat(m.getMessage()).contains("subject/name"));
    }

    @Test
    void aChildWithoutABirthDateIsRefusedByTheContractAndOneWithItAccepted() {
        assertThat(createReferral(subject("CHILD", "Emil N.", "\"expectedDueDate\": \"2027-01-01\"")).hasErrors())
                .as("CHILD without birthDate").isTrue();
        assertThat(createReferral(subject("EXPECTANT_PARENT", "Mette K.", "\"birthDate\": \"1999-01-01\"")).hasErrors())
                .as("EXPECTANT_PARENT without expectedDueDate").isTrue();
        assertThat(createReferral(subject("PARENT", "Sara L.", "\"birthDate\": \"1999-01-01\"")).hasErrors())
                .as("PARENT without infantBirthDate").isTrue();
        assertThat(createReferral(subject("CHILD", "Emil N.", "\"birthDate\": \"2022-05-01\"")).getMessages())
                .as("CHILD with birthDate").isEmpty();
        assertThat(createReferral(subject("PARENT", "Sara L.", "\"infantBirthDate\": \"2026-10-01\"")).getMessages())
                .as("PARENT with infantBirthDate").isEmpty();
    }

    @Test
    void aProgrammeWithABlankScaleLabelIsRefusedByTheContract() {
        String programme = """
                {"name": "Fønix", "format": "GROUP_ROLLING", "requiresVisitation": true, "firstContactWithinDays": 7,
                 "eligibility": {"subjectTypes": ["PARENT"], "referrerRoles": ["HEALTH_VISITOR"]},
                 "scale": {"min": 1, "max": 10, "label": "%s"}}""";
        assertThat(put("/api/v1/programmes/fonix", programme.formatted("  ")).getMessages())
                .anySatisfy(m -> assertThat(m.getMessage()).contains("scale/label"));
        assertThat(put("/api/v1/programmes/fonix", programme.formatted("Trivselslinealen")).getMessages()).isEmpty();
    }

    @Test
    void anAnswerWithAStatusTheContractDoesNotListIsReported() {
        ValidationReport report = VALIDATOR.validateResponse("/api/v1/programmes", Request.Method.GET,
                SimpleResponse.Builder.status(418).withContentType("application/problem+json")
                        .withBody("{\"type\":\"https://henvis.dk/problems/x\",\"title\":\"x\",\"status\":418}").build());
        assertThat(report.getMessages()).anySatisfy(m -> assertThat(m.getKey()).isEqualTo("validation.response.status.unknown"));
    }

    private static String subject(String type, String name, String date) {
        return """
                {"programmeCode": "sandplay", "subject": {"type": "%s", "name": "%s", %s},
                 "reason": {"category": "WELLBEING"}, "consent": {"given": true}}""".formatted(type, name, date);
    }

    private static ValidationReport createReferral(String body) {
        return VALIDATOR.validateRequest(SimpleRequest.Builder.post("/api/v1/referrals")
                .withAuthorization("Basic Y29vcmRpbmF0b3I6Y29vcmRpbmF0b3I=")
                .withContentType("application/json").withBody(body).build());
    }

    private static ValidationReport put(String path, String body) {
        return VALIDATOR.validateRequest(SimpleRequest.Builder.put(path)
                .withAuthorization("Basic YWRtaW46YWRtaW4=")
                .withContentType("application/json").withBody(body).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> operation) {
        return (Map<String, Object>) operation.get("responses");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> components(String kind) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) document().get("components")).get(kind);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations() throws IOException {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) document().get("paths")).forEach((path, item) -> item.forEach((verb, op) -> {
            if (VERBS.contains(verb)) {
                operations.put(verb.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) op);
            }
        }));
        return operations;
    }

    private static Map<String, Object> document() throws IOException {
        try (InputStream in = Files.newInputStream(Paths.get("openapi", "openapi.yaml"))) {
            return new Yaml().load(in);
        }
    }
}
