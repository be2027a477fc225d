package dk.henvis.common;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is: without a Content-Type the REST layer would read it as JSON all the same,
 * so it is a 415 here (after sign-in and authorisation, before anything reads the body).
 */
public class ContentTypeRequired {

    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public Response require(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return null;
        }
        return ProblemMapper.respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as application/json, with a Content-Type header that says so",
                ProblemMapper.instance(request.getUriInfo()), List.of()));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !"0".equals(length.trim());
    }
}
