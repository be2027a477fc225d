package dk.henvis.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** People who open the service's address land in the console. */
@Path("/")
public class RootRedirect {

    @GET
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }
}
