package dev.hyperactive.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example plugin, added at run time to the module path of the image and of the cli. */
class PluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void imageListsPlugin() throws Exception {
        Command.Result result = Command.image("--module-path", Command.PLUGINS.toString(), "optimizers", "--json")
                .run();

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode plugin = optimizer(JSON.readTree(result.out()), "coordinate_descent");
        assertNotNull(plugin, result.out());
        assertEquals("com.example.coordinate", plugin.get("module").asText());
        assertEquals("Coordinate Descent", plugin.get("display_name").asText());
        assertEquals("local", plugin.get("family").asText());
        assertEquals(0.25, plugin.get("parameters").get("step").asDouble());
        assertNotNull(optimizer(JSON.readTree(result.out()), "hill_climbing"), result.out());
    }

    @Test
    void imageRunsPlugin() throws Exception {
        Command.Result result = Command.image("--module-path", Command.PLUGINS.toString(), "run", "--problem",
                "sphere", "--optimizer", "coordinate_descent", "--param", "step=0.5", "--n-iter", "40", "--seed", "3",
                "--json").run();

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode summary = JSON.readTree(result.out());
        assertEquals("coordinate_descent", summary.get("optimizer").asText());
        assertTrue(summary.get("best_score").isNumber(), summary.toString());
    }

    @Test
    void pluginParameterErrorReachesUser() throws Exception {
        Command.Result result = Command.image("--module-path", Command.PLUGINS.toString(), "run", "--problem",
                "sphere", "--optimizer", "coordinate_descent", "--param", "step=2").run();

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("step must be in (0, 1]: 2.0"), result.toString());
    }

    @Test
    void cliOnJdkFindsPlugin() throws Exception {
        List<Path> modulePath = new ArrayList<>(Command.moduleJars());
        modulePath.add(Command.PLUGINS);

        Command.Result result = Command.jdk(modulePath, "optimizers", "--json").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertNotNull(optimizer(JSON.readTree(result.out()), "coordinate_descent"), result.out());
    }

    private static JsonNode optimizer(JsonNode optimizers, String name) {
        for (JsonNode optimizer : optimizers) {
            if (optimizer.get("name").asText().equals(name)) {
                return optimizer;
            }
        }
        return null;
    }
}
