package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperactive.cli.CliRunner.Execution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code optimizers}, {@code studies} and help output. */
class ListingCommandsTest {

    @TempDir
    Path folder;

    @Test
    void optimizersJsonShape() throws Exception {
        Execution execution = CliRunner.discovering(folder).execute("optimizers", "--json");

        assertEquals(0, execution.exitCode(), execution.err());
        assertEquals(1, execution.out().lines().count());
        JsonNode array = new ObjectMapper().readTree(execution.out());
        assertTrue(array.isArray());

        Map<String, String> expectedModules = Map.of(
                "random_search", "dev.hyperactive.optimizers.global",
                "grid_search", "dev.hyperactive.optimizers.global",
                "hill_climbing", "dev.hyperactive.optimizers.local");
        List<String> names = new ArrayList<>();
        for (JsonNode optimizer : array) {
            List<String> fields = new ArrayList<>();
            optimizer.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("name", "display_name", "family", "module", "parameters"), fields);
            assertTrue(optimizer.get("parameters").isObject(), optimizer.toString());
            String name = optimizer.get("name").asText();
            names.add(name);
            if (expectedModules.containsKey(name)) {
                assertEquals(expectedModules.get(name), optimizer.get("module").asText());
            }
        }
        assertTrue(names.containsAll(expectedModules.keySet()), names.toString());

        JsonNode hillClimbing = array.get(names.indexOf("hill_climbing"));
        assertEquals("local", hillClimbing.get("family").asText());
        assertEquals("Hill Climbing", hillClimbing.get("display_name").asText());
        assertEquals(0.03, hillClimbing.get("parameters").get("epsilon").asDouble());
    }

    @Test
    void optimizersTable() {
        Execution execution = CliRunner.discovering(folder).execute("optimizers");

        assertEquals(0, execution.exitCode(), execution.err());
        List<String> lines = execution.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("hill_climbing ")), execution.out());
    }

    @Test
    void studiesListed() {
        Execution execution = CliRunner.withStudies(folder, new TestStudies.Mixed(), new TestStudies.Failing())
                .execute("studies");

        assertEquals(0, execution.exitCode(), execution.err());
        List<String> lines = execution.out().lines().toList();
        assertEquals(3, lines.size(), execution.out());
        assertEquals("NAME     DESCRIPTION", lines.get(0));
        assertEquals("failing  failing", lines.get(1));
        assertEquals("mixed    integer, string and object parameters", lines.get(2));
    }

    @Test
    void noStudies() {
        Execution execution = CliRunner.withStudies(folder).execute("studies");

        assertEquals(0, execution.exitCode(), execution.err());
        assertTrue(execution.out().contains("dev.hyperactive.examples"), execution.out());
    }

    @Test
    void helpListsSubCommands() {
        Execution execution = CliRunner.withStudies(folder).execute("--help");

        assertEquals(0, execution.exitCode(), execution.err());
        for (String command : List.of("run", "optimizers", "studies", "demo")) {
            assertTrue(execution.out().contains("  " + command + " "), execution.out());
        }
    }

    @Test
    void subCommandHelp() {
        Execution execution = CliRunner.withStudies(folder).execute("run", "--help");

        assertEquals(0, execution.exitCode(), execution.err());
        for (String option : List.of("--problem", "--study", "--dims", "--steps", "--optimizer", "--param",
                "--n-iter", "--jobs", "--seed", "--search-data", "--json")) {
            assertTrue(execution.out().contains(option), option + " missing from " + execution.out());
        }
    }
}
