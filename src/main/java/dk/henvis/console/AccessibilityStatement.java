package dk.henvis.console;

import dk.henvis.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The accessibility statement Danish public sites publish; open to everyone, signed in or not. */
@Path("/console/tilgaengelighed")
@Produces(MediaType.TEXT_HTML)
public class AccessibilityStatement {

    @Inject
    CurrentActor current;
    @Inject
    ConsoleConfig config;

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance accessibility(Chrome chrome, ConsoleConfig.Accessibility statement);
    }

    @GET
    public TemplateInstance show() {
        return Templates.accessibility(Chrome.of(current.get()), config.accessibility());
    }
}
