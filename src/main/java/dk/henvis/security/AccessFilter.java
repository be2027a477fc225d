package dk.henvis.security;

import dk.henvis.common.Problem;
import dk.henvis.common.ProblemMapper;
import dk.henvis.common.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link AccessTable} for every /api/ request after the route is matched: not signed in is 401,
 * a role the table does not list for the route is 403, and a route missing from the table is 403 for everyone.
 * The @RolesAllowed annotations on the resources stay as a second line of defence.
 */
public class AccessFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> enforce(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        String template = template(resource);
        if (template == null) {
            return null;
        }
        String method = request.getMethod();
        // Console pages are routes too: the audit rows of a page name the page, as the API's name the endpoint.
        RequestRoute.name(routing, AccessTable.asListed(method) + " " + template);
        if (!template.startsWith("/api/")) {
            return null;
        }
        // The problem's instance is worked out only for a refusal: building the request URI costs every request.
        Supplier<String> path = () -> ProblemMapper.instance(request.getUriInfo());
        return identities.getDeferredIdentity()
                .map(identity -> decide(method, template, identity, path))
                .onFailure().recoverWithItem(() -> unauthenticated(path.get()));
    }

    static Response decide(String method, String template, SecurityIdentity identity, Supplier<String> path) {
        if (identity == null || identity.isAnonymous()) {
            return unauthenticated(path.get());
        }
        if (!AccessTable.allows(method, template, identity.getRoles())) {
            return problem(ProblemType.FORBIDDEN, "Your role may not do this", path.get()).build();
        }
        return null;
    }

    /** The matched route as written in the code: class @Path + method @Path; worked out once per resource method. */
    static String template(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return null;
        }
        Class<?> resourceClass = resource.getResourceClass();
        return TEMPLATES.computeIfAbsent(resource.getResourceMethod(), method -> templateOf(resourceClass, method));
    }

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    private static String templateOf(Class<?> resourceClass, Method method) {
        Path classPath = resourceClass.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String joined = (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
        return AccessTable.normalise(joined);
    }

    private static Response unauthenticated(String path) {
        return problem(ProblemType.UNAUTHORIZED, "Sign in to use henvis", path)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"henvis\", Bearer")
                .build();
    }

    private static Response.ResponseBuilder problem(ProblemType type, String detail, String path) {
        return Response.status(type.status()).type(ProblemMapper.PROBLEM_JSON)
                .entity(Problem.of(type, detail, path, List.of()));
    }
}
