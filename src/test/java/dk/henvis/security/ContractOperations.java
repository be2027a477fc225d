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

/** The operations of openapi/openapi.yaml, whatever it holds when the test runs. */
final class ContractOperations {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String method, String template) {
        String key() {
            return AccessTable.key(method, template);
        }
    }

    private ContractOperations() {
    }

    @SuppressWarnings("unchecked")
    static List<Operation> all() throws IOException {
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
