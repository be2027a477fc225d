package dk.henvis.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.support.Api;
import dk.henvis.support.InvalidRequestsOnPurpose;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the contract with every role and checks the answer against {@link AccessTable}:
 * 401 without credentials, 403 exactly for the roles the table leaves out, never 401/403 for the others.
 */
@QuarkusTest
class AccessMatrixTest {

    /** One demo user per role. */
    static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

    static {
        USER_OF_ROLE.put(Role.REFERRER, "health-visitor");
        USER_OF_ROLE.put(Role.COORDINATOR, "coordinator");
        USER_OF_ROLE.put(Role.PRACTITIONER, "practitioner");
        USER_OF_ROLE.put(Role.ANALYST, "analyst");
        USER_OF_ROLE.put(Role.ADMIN, "admin");
        USER_OF_ROLE.put(Role.AUDITOR, "auditor");
        USER_OF_ROLE.put(Role.INTEGRATION, "integration");
    }

    @Test
    void everyOperationOfTheContractAndTheCodeIsInTheAccessTable() throws Exception {
        assertThat(ContractOperations.code()).as("the scan found the resources")
                .contains(new ContractOperations.Operation("POST", "/api/v1/referrals"));
        List<String> missing = ContractOperations.all().stream()
                .map(ContractOperations.Operation::key)
                .filter(key -> !AccessTable.operations().contains(key))
                .toList();
        assertThat(missing).as("operations without a row in AccessTable").isEmpty();
    }

    @Test
    void everyRoleIsCoveredByTheMatrix() {
        assertThat(USER_OF_ROLE.keySet()).containsExactlyInAnyOrderElementsOf(Role.ALL);
    }

    @Test
    @InvalidRequestsOnPurpose("every operation is called with the same stand-in body, which is only about who may call it")
    void everyOperationAnswers401WithoutCredentials() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (ContractOperations.Operation op : ContractOperations.all()) {
            Response response = send(given().contentType(ContentType.JSON).accept(ContentType.JSON), op);
            if (response.statusCode() != 401) {
                wrong.add(op.key() + " anonymous -> " + response.statusCode());
            } else if (!response.contentType().startsWith("application/problem+json")) {
                wrong.add(op.key() + " anonymous -> 401 without problem details");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @InvalidRequestsOnPurpose("every operation is called with the same stand-in body, which is only about who may call it")
    void everyOperationIsAllowedExactlyForTheRolesInTheTable() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<ContractOperations.Operation> operations = ContractOperations.all();
        assertThat(operations).hasSizeGreaterThan(10);
        for (ContractOperations.Operation op : operations) {
            Set<String> allowed = AccessTable.rolesFor(op.method(), op.template()).orElse(Set.of());
            for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
                int status = send(Api.as(role.getValue()), op).statusCode();
                boolean mayCall = allowed.contains(role.getKey());
                if (mayCall && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(op.key() + " as " + role.getKey() + " -> " + status + ", the table allows it");
                }
                if (!mayCall && status != 403) {
                    wrong.add(op.key() + " as " + role.getKey() + " -> " + status + ", the table forbids it");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic("coordinator", "not-the-password").accept(ContentType.JSON)
                .get("/api/v1/referrals").then().statusCode(401);
    }

    private static Response send(RequestSpecification request, ContractOperations.Operation op) {
        String path = op.template()
                .replace("{code}", "no-such-programme")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (Set.of("POST", "PUT", "PATCH").contains(op.method())) {
            request = request.body("{}");
        }
        return request.request(Method.valueOf(op.method()), path);
    }
}
