package dk.henvis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image cannot be built on a machine without a registry or a Docker engine, so what can be checked
 * without one is checked against the packaged jar (this runs after the package phase): every path the Dockerfile
 * copies exists in the fast-jar layout, the image runs as a non-root user on the port the deployment probes, and the
 * image name that Jib builds is the one k8s/kustomization.yaml deploys.
 */
class ContainerImageIT {

    private static final Path ROOT = Path.of(System.getProperty("henvis.it.basedir", "."));
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--chown=\\S+\\s+)?(\\S+)\\s+(\\S+)\\s*$");

    @Test
    void everyPathTheDockerfileCopiesExistsInThePackagedLayout() throws IOException {
        List<String> copies = dockerfile().stream().map(COPY::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();

        assertThat(copies).as("COPY lines").isNotEmpty();
        for (String source : copies) {
            assertThat(matches(source)).as("files matching " + source).isPositive();
        }
        assertThat(copies).contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
    }

    @Test
    void theImageRunsAsTheSameNonRootUserWhicheverWayItIsBuilt() throws IOException {
        String user = instruction("USER");

        assertThat(user).matches("[1-9][0-9]*");
        assertThat(properties().getProperty("quarkus.jib.user")).isEqualTo(user);
        assertThat(dockerfile()).anyMatch(line -> line.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
    }

    @Test
    void theImageExposesThePortTheDeploymentProbesOnAReadOnlyRootWithAWritableTmp() throws IOException {
        Map<String, Object> container = container();
        Map<?, ?> port = (Map<?, ?>) ((List<?>) container.get("ports")).get(0);
        Map<?, ?> security = (Map<?, ?>) container.get("securityContext");
        List<?> mounts = (List<?>) container.get("volumeMounts");

        assertThat(instruction("EXPOSE")).isEqualTo(String.valueOf(port.get("containerPort")));
        assertThat(security.get("readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(mounts).anyMatch(mount -> "/tmp".equals(((Map<?, ?>) mount).get("mountPath")));
        assertThat(dockerfile()).anyMatch(line -> line.contains("-Djava.io.tmpdir=/tmp"));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<?, ?> http = (Map<?, ?>) ((Map<?, ?>) container.get(probe)).get("httpGet");
            assertThat(http.get("port")).as(probe).isEqualTo(port.get("name"));
            assertThat((String) http.get("path")).as(probe).startsWith("/q/health/");
        }
    }

    @Test
    void theImageJibBuildsIsTheImageKustomizeDeploys() throws IOException {
        Properties config = properties();
        String built = defaultOf(config.getProperty("quarkus.container-image.registry")) + "/"
                + config.getProperty("quarkus.container-image.group") + "/"
                + config.getProperty("quarkus.container-image.name") + ":"
                + defaultOf(config.getProperty("quarkus.container-image.tag"));

        Map<?, ?> image = (Map<?, ?>) ((List<?>) yaml("k8s/kustomization.yaml").get("images")).get(0);
        assertThat(container().get("image")).isEqualTo(image.get("name"));
        assertThat(built).isEqualTo(image.get("newName") + ":" + image.get("newTag"));
    }

    /** "${VAR:default}" → "default"; a plain value stays as it is. */
    private static String defaultOf(String value) {
        Matcher m = Pattern.compile("^\\$\\{[A-Z_]+:(.*)}$").matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    private static long matches(String source) throws IOException {
        Path path = ROOT.resolve(source);
        if (!source.contains("*")) {
            return Files.exists(path) ? 1 : 0;
        }
        long count = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(path.getParent(), path.getFileName().toString())) {
            for (Path ignored : found) {
                count++;
            }
        }
        return count;
    }

    private static String instruction(String name) throws IOException {
        return dockerfile().stream().filter(line -> line.startsWith(name + " ")).map(line -> line.substring(name.length()).trim())
                .findFirst().orElseThrow();
    }

    private static List<String> dockerfile() throws IOException {
        return Files.readAllLines(ROOT.resolve("src/main/docker/Dockerfile.jvm"));
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container() throws IOException {
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) yaml("k8s/deployment.yaml").get("spec")).get("template");
        Map<String, Object> pod = (Map<String, Object>) spec.get("spec");
        return (Map<String, Object>) ((List<?>) pod.get("containers")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve(file))) {
            return new Yaml().load(in);
        }
    }
}
