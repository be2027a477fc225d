package dk.henvis.console;

import dk.henvis.common.Problem;
import dk.henvis.common.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console page that ends in a problem (the database away, a form token that is no token, an incident) is
 * answered with the console's own error page in Danish and the same status, never with the API's JSON.
 */
@Provider
public class ConsoleErrorPages implements ContainerResponseFilter {

    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

    @Inject
    ConsoleMessages m;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!onConsole(request.getUriInfo().getPath()) || response.getStatus() < 400) {
            return;
        }
        String message;
        if (response.getEntity() instanceof Problem problem) {
            ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.uri().equals(problem.type()))
                    .findFirst().orElse(ProblemType.INTERNAL_ERROR);
            Matcher incident = INCIDENT.matcher(problem.detail() == null ? "" : problem.detail());
            message = incident.find() ? m.incident(incident.group(1)) : m.problem(type);
        } else if (response.getEntity() == null) {
            // A refusal before any page was asked (a form without its CSRF token): its status, in words.
            message = m.problem(Arrays.stream(ProblemType.values()).filter(t -> t.status() == response.getStatus())
                    .findFirst().orElse(ProblemType.VALIDATION_FAILED));
        } else {
            return;
        }
        // Without the header's sign-out form: a request the CSRF check refused has no token to draw it with.
        response.setEntity(ConsolePages.Templates.error(Chrome.anonymous(), message), new Annotation[0],
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static boolean onConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }
}
