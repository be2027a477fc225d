package dk.henvis.common;

/** The problem types of the public contract (openapi/openapi.yaml) plus the HTTP-level ones. */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "The request is not valid"),
    UNAUTHORIZED("unauthorized", 401, "Sign-in required"),
    FORBIDDEN("forbidden", 403, "Not allowed for your role"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
    REQUEST_TIMEOUT("request-timeout", 408, "The request body did not arrive in time"),
    INVALID_TRANSITION("invalid-transition", 409, "The referral's status does not allow this"),
    GROUP_FULL("group-full", 409, "The group has no free place"),
    SESSION_LIMIT_REACHED("session-limit-reached", 409, "The session limit is reached"),
    DUPLICATE_REFERRAL("duplicate-referral", 409, "An open referral for this subject already exists"),
    REQUEST_IN_PROGRESS("request-in-progress", 409, "A request with this Idempotency-Key is still running"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The address is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported content type"),
    NOT_ELIGIBLE("not-eligible", 422, "Not eligible for the programme"),
    OPEN_CASE("open-case", 422, "The child has an open case in the family section"),
    CONSENT_MISSING("consent-missing", 422, "The parents' consent is missing"),
    RULE_VIOLATED("rule-violated", 422, "A business rule was violated"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "The Idempotency-Key was used for another request"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "The request headers are too large"),
    INTERNAL_ERROR("internal-error", 500, "Something went wrong on our side"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "The service cannot reach its database just now");

    public static final String BASE_URI = "https://henvis.dk/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
