package dk.henvis.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Paths;
import java.util.List;

/**
 * A REST Assured filter that checks every call to /api/ against openapi/openapi.yaml: the request, and the
 * status, headers and body of the response, so a drift between contract and service fails the test that saw
 * it. /q/* and the console are not part of the contract and pass unchecked. The contract is read once.
 */
public final class ContractFilter implements Filter {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Paths.get("openapi", "openapi.yaml").toUri().toString())
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
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return context.next(request, responseSpec);
        }
        Request sent = RestAssuredRequest.of(request);
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
}
