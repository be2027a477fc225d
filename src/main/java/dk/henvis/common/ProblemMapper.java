package dk.henvis.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Nothing from an exception's own
 * message reaches a client: those can carry class names, SQL or the rejected (personal) value.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** Seconds a client is asked to wait before it tries again while the database is away. */
    public static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.type(), e.getMessage(), instance(uri), e.errors()));
    }

    /** A named rule refused the change: its problem type and detail, nothing else. */
    @ServerExceptionMapper
    public Response refused(Refusal.Refused e, UriInfo uri) {
        Refusal refusal = e.refusal();
        return respond(Problem.of(refusal.type(), refusal.detail(), instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, summary(errors), instance(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        FieldError error = describe(e);
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, summary(List.of(error)), instance(uri), List.of(error)));
    }

    /** Named separately: Quarkus ships a body-less mapper for this type, and the closest type wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response streamConstraints(StreamConstraintsException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role may not do this", instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request at the same time; read it again and retry", instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.VALIDATION_FAILED;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.VALIDATION_FAILED : ProblemType.INTERNAL_ERROR;
        };
        if (type == ProblemType.UNAUTHORIZED) {
            return unauthenticated(uri);
        }
        if (type == ProblemType.INTERNAL_ERROR) {
            return unexpected(e, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at this address";
            case METHOD_NOT_ALLOWED -> "This address does not support the method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This resource cannot be given in the requested media type";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than allowed";
            default -> "The request could not be read";
        };
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(PROBLEM_JSON)
                .entity(Problem.of(type, detail, instance(uri), List.of()));
        if (type == ProblemType.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return failure(e, instance(uri));
    }

    /** The answer to a failure that no more specific mapper takes, also where no mapper is asked (response filters). */
    public static Response failure(Throwable e, String path) {
        if (clientWentAway(e)) {
            // The client closed the connection before its body arrived: nobody hears the answer, and it is no incident.
            LOG.debugf("Client closed the connection during %s", path);
            return respond(Problem.of(ProblemType.VALIDATION_FAILED, "The request body ended before it was complete",
                    path, List.of()));
        }
        if (malformedFormToken(e)) {
            // Quarkus's CSRF check decodes the token before comparing it; a token that is no token is a bad form,
            // refused like a missing one, not an incident.
            LOG.debugf("Malformed form token during %s", path);
            return respond(Problem.of(ProblemType.VALIDATION_FAILED, "The form's security token is not valid; reload the page",
                    path, List.of()));
        }
        if (DatabaseUnavailable.in(e)) {
            DatabaseUnavailable.noticed(e, path);
            return serviceUnavailable(path);
        }
        if (LockConflict.in(e)) {
            // Another request held the row longer than the database waits; this transaction changed nothing.
            LOG.infof("Lock conflict during %s, answered 409", path);
            return respond(Problem.of(ProblemType.REQUEST_IN_PROGRESS,
                    "Another change to the same record is in progress; nothing was changed, try again", path, List.of()));
        }
        String incident = UUID.randomUUID().toString();
        // The stack trace stays in the server log (which never receives request bodies); the client gets an incident id.
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, "Unexpected failure; quote incident " + incident,
                path, List.of()));
    }

    static boolean malformedFormToken(Throwable e) {
        return e instanceof IllegalArgumentException && java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.csrf."));
    }

    static boolean clientWentAway(Throwable e) {
        return Causes.any(e, cause -> cause instanceof java.nio.channels.ClosedChannelException
                || cause instanceof io.vertx.core.http.HttpClosedException);
    }

    /** The database is out of reach: nothing was changed, and the client may try again shortly. */
    public static Response serviceUnavailable(String path) {
        return Response.status(503).type(PROBLEM_JSON).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The service cannot reach its database just now; nothing was changed, try again shortly",
                        path, List.of()))
                .build();
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .type(PROBLEM_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"henvis\", Bearer")
                .entity(Problem.of(ProblemType.UNAUTHORIZED, "Sign in to use henvis", instance(uri), List.of()))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The request's path for a problem's instance; none when the request has no usable address (HTTP/1.0 without Host). */
    public static String instance(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException noAddress) {
            return null;
        }
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid";
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return "The request is not valid: " + first.field() + " " + first.message() + more;
    }

    /**
     * The request's path to the field: drops the method and parameter names Bean Validation puts in front, keeps
     * a list's index ({@code [3].status}), and names a cross-field check by the field it reports on.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getKind() == ElementKind.PROPERTY ? reportedOn(violation, node.getName()) : node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** The @ReportedOn field of an @AssertTrue method {@code isX()} behind property {@code x}, or the name itself. */
    private static String reportedOn(ConstraintViolation<?> violation, String property) {
        Object bean = violation.getLeafBean();
        if (bean == null || property.isEmpty()) {
            return property;
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : new String[] {"is" + capitalised, "get" + capitalised}) {
            try {
                ReportedOn on = bean.getClass().getMethod(getter).getAnnotation(ReportedOn.class);
                if (on != null) {
                    return on.value();
                }
            } catch (NoSuchMethodException notThisOne) {
                // a plain field or record component: its own name is the request's
            }
        }
        return property;
    }

    private static FieldError describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new FieldError("body", "is nested too deeply or holds a value that is too long");
        }
        if (e instanceof JsonParseException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field")) {
            return new FieldError("body", "holds the same key twice in one object");
        }
        if (e instanceof JsonParseException) {
            return new FieldError("body", "is not well-formed JSON");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldError("body", "could not be read");
        }
        String field = fieldPath(mapping);
        if (e instanceof JacksonStrictness.Refused refused) {
            return new FieldError(field, refused.reason());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (e instanceof InvalidTypeIdException) {
            return new FieldError(field, "has an unknown type");
        }
        if (e instanceof InvalidFormatException format) {
            return new FieldError(field, expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FieldError(field, expected(mismatch.getTargetType()));
        }
        if (mapping.getCause() instanceof StreamConstraintsException) {
            return new FieldError("body", "is nested too deeply or holds a value that is too long");
        }
        return new FieldError(field, "could not be read");
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (LocalDate.class.equals(target)) {
            return "must be a date as YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be a UTC timestamp such as 2026-11-23T09:00:00Z";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && !boolean.class.equals(target)) {
            return "must be a whole number";
        }
        if (Boolean.class.equals(target) || boolean.class.equals(target)) {
            return "must be true or false";
        }
        if (String.class.equals(target)) {
            return "must be a string";
        }
        if (UUID.class.equals(target)) {
            return "must be a UUID";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
