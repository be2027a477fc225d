package dk.henvis.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.PathItem;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST Assured filter that checks every call to /api/ against openapi/openapi.yaml: the request, and the
 * status, headers and body of the response, so a drift between contract and service fails the test that saw
 * it. /q/* and the console are not part of the contract and pass unchecked. The contract is read once.
 */
public final class ContractFilter implements Filter {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Paths.get("openapi", "openapi.yaml").toUri().toString())
            // A DELETE answers 204 without a body; the validator would still want the Accept header to name the
            // problem+json of its error answers, which no client has to do.
            .withWhitelist(ValidationErrorsWhitelist.create().withRule("Accept of a DELETE",
                    WhitelistRules.allOf(WhitelistRules.messageHasKey("validation.request.accept.notAllowed"),
                            WhitelistRules.methodIs(PathItem.HttpMethod.DELETE))))
            .build();
    private static final ContractFilter INSTANCE = new ContractFilter();

    /** True while a test marked {@link InvalidRequestsOnPurpose} runs; the suite runs its tests one at a time. */
    private static volatile boolean requestsInvalidOnPurpose;

    private ContractFilter() {
    }

    /** Called by {@link ContractValidation} before and after each test. */
    public static synchronized void install(boolean invalidRequestsOnPurpose) {
        requestsInvalidOnPurpose = invalidRequestsOnPurpose;
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        // HEAD is GET without a body (RFC 9110), which the contract says once for all operations instead of
        // repeating every GET; HttpSemanticsTest checks that it matches the GET.
        if (!path.startsWith("/api/") || "HEAD".equals(request.getMethod())) {
            return context.next(request, responseSpec);
        }
        Request sent = withQueryOf(uri, RestAssuredRequest.of(request));
        Response response = context.next(request, responseSpec);
        ValidationReport report = VALIDATOR.validate(sent, RestAssuredResponse.of(response));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // A request that breaks the contract on purpose is not held against the test; its answer still is.
                .filter(m -> !(requestsInvalidOnPurpose && m.getKey().startsWith("validation.request.")))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The call " + request.getMethod() + " " + path + " (answered "
                    + response.statusCode() + ") does not follow openapi/openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(errors))
                    + "\nResponse body: " + response.asString());
        }
        return response;
    }

    /** RestAssuredRequest sees only queryParam(...); many tests write the query into the address itself. */
    private static Request withQueryOf(URI uri, Request adapted) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(adapted.getMethod(), uri.getRawPath());
        adapted.getHeaders().forEach((name, values) -> builder.withHeader(name, List.copyOf(values)));
        adapted.getRequestBody().ifPresent(builder::withBody);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        query.forEach(builder::withQueryParam);
        return builder.build();
    }
}
