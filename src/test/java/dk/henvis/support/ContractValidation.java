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
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every REST Assured call of the suite to /api/ is checked against openapi/openapi.yaml: the request, and the
 * status, headers and body of the response. A drift between contract and service fails the test that saw it.
 * Registered for all tests through META-INF/services and junit-platform.properties; the contract is read once.
 * Only calls under /api/ are checked: /q/* and the console are not part of the contract.
 */
public class ContractValidation implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Paths.get("openapi", "openapi.yaml").toUri().toString())
            .build();
    private static final Filter FILTER = ContractValidation::validate;

    /** Set for a test marked {@link InvalidRequestsOnPurpose}; the suite runs its tests one at a time. */
    private static volatile boolean requestsInvalidOnPurpose;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        requestsInvalidOnPurpose = marked(context.getTestMethod()) || marked(context.getTestClass());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        requestsInvalidOnPurpose = false;
    }

    private static synchronized void install() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    private static boolean marked(Optional<? extends AnnotatedElement> element) {
        return element.map(e -> e.isAnnotationPresent(InvalidRequestsOnPurpose.class)).orElse(false);
    }

    private static Response validate(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
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
                // A test that sends what the contract forbids on purpose still has its answer checked.
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
