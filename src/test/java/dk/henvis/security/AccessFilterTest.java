package dk.henvis.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.referral.ReferralResource;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision of the access filter, and deny by default, without a server. */
class AccessFilterTest {

    @Test
    void aRouteMissingFromTheTableIsForbiddenForEveryRole() {
        for (String role : Role.ALL) {
            Response answer = AccessFilter.decide("GET", "/api/v1/something-new", identity(role), () -> "/api/v1/something-new");
            assertThat(answer.getStatus()).as(role).isEqualTo(403);
        }
    }

    @Test
    void anUnauthenticatedCallerIs401EvenOnAnUnlistedRoute() {
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        assertThat(AccessFilter.decide("GET", "/api/v1/something-new", anonymous, () -> "/x").getStatus()).isEqualTo(401);
        assertThat(AccessFilter.decide("GET", "/api/v1/referrals", anonymous, () -> "/x").getStatus()).isEqualTo(401);
    }

    @Test
    void aListedRoleGoesThroughAnotherIsForbidden() {
        assertThat(AccessFilter.decide("GET", "/api/v1/audit-events", identity(Role.AUDITOR), () -> "/x")).isNull();
        assertThat(AccessFilter.decide("GET", "/api/v1/audit-events", identity(Role.ADMIN), () -> "/x").getStatus()).isEqualTo(403);
        assertThat(AccessFilter.decide("DELETE", "/api/v1/referrals/{id}", identity(Role.ADMIN), () -> "/x").getStatus()).isEqualTo(403);
    }

    @Test
    void theTemplateComesFromTheClassAndMethodPaths() throws Exception {
        Method get = ReferralResource.class.getMethod("get", UUID.class);
        assertThat(AccessFilter.template(info(ReferralResource.class, get))).isEqualTo("/api/v1/referrals/{id}");
        Method list = ReferralResource.class.getMethod("list", String.class, String.class, String.class, String.class, String.class);
        assertThat(AccessFilter.template(info(ReferralResource.class, list))).isEqualTo("/api/v1/referrals");
    }

    @Test
    void regexInATemplateIsIgnored() {
        assertThat(AccessTable.normalise("/api/v1/referrals/" + "/{id: [0-9a-f-]+}/")).isEqualTo("/api/v1/referrals/{id}");
    }

    @Test
    void aDoubledOrTrailingSlashWithoutRegexIsFoldedToo() {
        assertThat(AccessTable.normalise("/api/v1/groups" + "/" + "/{id}")).isEqualTo("/api/v1/groups/{id}");
        assertThat(AccessTable.normalise("/api/v1/programmes" + "/")).isEqualTo("/api/v1/programmes");
        assertThat(AccessTable.normalise("api/v1/programmes")).isEqualTo("/api/v1/programmes");
    }

    @Test
    void theSameResourceMethodGivesTheSameTemplateEachTime() throws Exception {
        Method get = ReferralResource.class.getMethod("get", UUID.class);
        String first = AccessFilter.template(info(ReferralResource.class, get));
        assertThat(AccessFilter.template(info(ReferralResource.class, get))).isSameAs(first);
    }

    @Test
    void adminIsNoSuperuserForReferrals() {
        AccessTable.operations().stream().filter(op -> op.contains("/referrals")).forEach(op ->
                assertThat(AccessTable.rolesFor(op.split(" ")[0], op.split(" ")[1]).orElseThrow()).as(op)
                        .doesNotContain(Role.ADMIN, Role.ANALYST, Role.AUDITOR));
    }

    private static SecurityIdentity identity(String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("u")).addRole(role).build();
    }

    private static ResourceInfo info(Class<?> type, Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }
}
