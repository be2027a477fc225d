package dk.henvis.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * 201 Created with a relative Location (RFC 9110 §10.2.2), such as /api/v1/referrals/{id}. Never built from the
 * request's Host header, which the client chooses: Response.created would resolve it against that host.
 */
public final class Created {

    private Created() {
    }

    /** A path template such as "/api/v1/referrals/{id}" and its values, encoded as path segments. */
    public static Response.ResponseBuilder at(String template, Object... values) {
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, UriBuilder.fromPath(template).build(values).toString());
    }
}
