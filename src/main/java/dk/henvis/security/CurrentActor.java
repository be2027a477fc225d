package dk.henvis.security;

import dk.henvis.common.HenvisConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The calling {@link Actor}, built once per request from a bearer token's claims or from the demo user settings. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    @Inject
    HenvisConfig config;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = build();
        }
        return actor;
    }

    private Actor build() {
        if (identity.isAnonymous()) {
            return new Actor("anonymous", Set.of(), Optional.empty(), Optional.empty(), Set.of());
        }
        String name = identity.getPrincipal().getName();
        Set<String> roles = Set.copyOf(identity.getRoles());
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            HenvisConfig.Security claims = config.security();
            return new Actor(name, roles,
                    claim(token, claims.organisationClaim()),
                    claim(token, claims.referrerRoleClaim()),
                    programmes(token, claims.programmesClaim()));
        }
        HenvisConfig.DemoUser demo = config.demoUsers().get(name);
        if (demo == null) {
            return new Actor(name, roles, Optional.empty(), Optional.empty(), Set.of());
        }
        return new Actor(name, roles, demo.organisation(), demo.referrerRole(), Set.copyOf(demo.programmes()));
    }

    private static Optional<String> claim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private static Set<String> programmes(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        Set<String> programmes = new HashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> programmes.add(item.toString().replace("\"", "")));
        } else if (value != null) {
            for (String code : value.toString().replace("\"", "").split("[,\\s]+")) {
                if (!code.isBlank()) {
                    programmes.add(code);
                }
            }
        }
        return Set.copyOf(programmes);
    }
}
