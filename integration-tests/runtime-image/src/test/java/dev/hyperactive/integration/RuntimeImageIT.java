package dev.hyperactive.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jlink image: its content, its size and the hyperactive command inside it. */
class RuntimeImageIT {

    private static final long MAX_IMAGE_BYTES = 80L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void launcherIsExecutable() {
        assertTrue(Files.isExecutable(Command.IMAGE.resolve("bin/hyperactive")));
        assertTrue(Files.isExecutable(Command.IMAGE.resolve("bin/java")));
    }

    @Test
    void imageLinksEngineButNotExamples() throws Exception {
        Command.Result result = Command.of(Command.IMAGE.resolve("bin/java").toString(), "--list-modules").run();

        assertEquals(0, result.exitCode(), result.toString());
        for (String module : List.of("dev.hyperactive.api@", "dev.hyperactive.core@", "dev.hyperactive.cli@",
                "dev.hyperactive.optimizers.local@", "dev.hyperactive.optimizers.global@",
                "dev.hyperactive.optimizers.population@", "dev.hyperactive.optimizers.smbo@", "com.google.guice@",
                "org.jline.terminal@")) {
            assertTrue(result.out().contains(module), module + " missing:\n" + result.out());
        }
        assertFalse(result.out().contains("dev.hyperactive.examples"), result.out());
        assertFalse(result.out().contains("tribuo"), result.out());
        assertFalse(result.out().contains("hazelcast"), result.out());
    }

    @Test
    void imageSmallerThanLimit() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(Command.IMAGE)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(RuntimeImageIT::size).sum();
        }
        assertTrue(bytes < MAX_IMAGE_BYTES, "image size in bytes: " + bytes);
    }

    @Test
    void optimizersListsBuiltIns() throws Exception {
        Command.Result result = Command.image("optimizers", "--json").run();

        assertEquals(0, result.exitCode(), result.toString());
        List<String> names = new ArrayList<>();
        for (JsonNode optimizer : JSON.readTree(result.out())) {
            names.add(optimizer.get("name").asText());
            assertTrue(optimizer.get("module").asText().startsWith("dev.hyperactive.optimizers."), optimizer.toString());
        }
        assertTrue(names.containsAll(List.of("hill_climbing", "random_search", "grid_search")), names.toString());
    }

    @Test
    void optimizersTable() throws Exception {
        Command.Result result = Command.image("optimizers").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("NAME "), result.out());
        assertTrue(result.out().contains("dev.hyperactive.optimizers.local"), result.out());
    }

    @Test
    void shortRunPrintsSummary() throws Exception {
        Command.Result result = Command.image("run", "--problem", "sphere", "--n-iter", "20", "--seed", "1",
                "--json").run();

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode summary = JSON.readTree(result.out());
        assertEquals("sphere", summary.get("objective").asText());
        assertEquals("random_search", summary.get("optimizer").asText());
        assertEquals(20, summary.get("n_iter").asInt());
        assertEquals(1, summary.get("seed").asLong());
        assertTrue(summary.get("best_score").isNumber(), summary.toString());
    }

    @Test
    void runWithProgressBars() throws Exception {
        Command.Result result = Command.image("run", "--problem", "ackley", "--optimizer", "hill_climbing",
                "--n-iter", "30", "--seed", "2").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Best score"), result.toString());
    }

    @Test
    void jvmOptionsFromEnvironment() throws Exception {
        Command.Result rejected = Command.image("optimizers").env("JLINK_VM_OPTIONS", "-XX:+NoSuchOption").run();
        assertNotEquals(0, rejected.exitCode(), rejected.toString());
        assertTrue(rejected.err().contains("NoSuchOption"), rejected.toString());

        Command.Result accepted = Command.image("optimizers").env("JLINK_VM_OPTIONS", "-Xmx64m -Xss1m").run();
        assertEquals(0, accepted.exitCode(), accepted.toString());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
