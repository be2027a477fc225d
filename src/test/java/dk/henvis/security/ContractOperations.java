package dk.henvis.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The operations of openapi/openapi.yaml and the JAX-RS routes in the code, whatever they are when the test runs. */
final class ContractOperations {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String method, String template) {
        String key() {
            return AccessTable.key(method, template);
        }
    }

    private ContractOperations() {
    }

    /** Contract and code together, so that a route missing from either is still walked. */
    static List<Operation> all() throws IOException {
        java.util.Set<Operation> union = new java.util.LinkedHashSet<>(contract());
        union.addAll(code());
        return List.copyOf(union);
    }

    static List<Operation> code() {
        List<Operation> routes = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass javaClass : new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.henvis")) {
            Class<?> type = javaClass.reflect();
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
                    jakarta.ws.rs.HttpMethod verb = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String template = AccessTable.normalise(root.value() + "/" + (sub == null ? "" : sub.value()));
                        // The API's routes only: the console's pages are no part of the contract or the table,
                        // they sign people in with a form and decide by role themselves.
                        if (template.startsWith("/api/")) {
                            routes.add(new Operation(verb.value(), template));
                        }
                    }
                }
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> contract() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("openapi/openapi.yaml"))) {
            Map<String, Object> contract = new Yaml().load(reader);
            Map<String, Object> paths = (Map<String, Object>) contract.get("paths");
            List<Operation> operations = new ArrayList<>();
            paths.forEach((template, item) -> ((Map<String, Object>) item).keySet().stream()
                    .filter(METHODS::contains)
                    .forEach(method -> operations.add(new Operation(method.toUpperCase(), template))));
            return operations;
        }
    }
}
