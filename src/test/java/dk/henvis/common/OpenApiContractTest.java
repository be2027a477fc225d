package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** openapi/openapi.yaml and the JAX-RS routes must name exactly the same operations. */
class OpenApiContractTest {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    @Test
    void everyRouteIsInTheContractAndEveryContractOperationIsARoute() throws IOException {
        Set<String> code = routesInCode();
        Set<String> contract = operationsInContract();
        Set<String> undocumented = new TreeSet<>(code);
        undocumented.removeAll(contract);
        Set<String> unimplemented = new TreeSet<>(contract);
        unimplemented.removeAll(code);
        assertThat(undocumented).as("routes in code but not in openapi/openapi.yaml").isEmpty();
        assertThat(unimplemented).as("operations in openapi/openapi.yaml without a route in code").isEmpty();
        assertThat(code).as("the scan found the resources").contains("POST /api/v1/referrals");
    }

    static Set<String> routesInCode() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.henvis")) {
            Class<?> type = javaClass.reflect();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String route = join(root.value(), sub == null ? "" : sub.value());
                        // The console's HTML pages are not part of the API's contract.
                        if (route.startsWith("/api/")) {
                            routes.add(verb.getValue() + " " + route);
                        }
                    }
                }
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    static Set<String> operationsInContract() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (InputStream in = Files.newInputStream(Paths.get("openapi", "openapi.yaml"))) {
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Object> paths = (Map<String, Object>) document.get("paths");
            paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                    .filter(key -> Set.of("get", "post", "put", "patch", "delete").contains(key))
                    .forEach(verb -> operations.add(verb.toUpperCase() + " " + path)));
        }
        return operations;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
