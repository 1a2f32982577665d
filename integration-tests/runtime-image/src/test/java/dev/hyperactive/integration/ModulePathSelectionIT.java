package dev.hyperactive.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module path decides which optimizers exist; missing and duplicate providers fail clearly. */
class ModulePathSelectionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The optimizer modules other than the local one. */
    private static final String[] NOT_LOCAL = {
        "hyperactive-optimizers-global", "hyperactive-optimizers-population", "hyperactive-optimizers-smbo"};

    @Test
    void onlyLocalOptimizersListed() throws Exception {
        Command.Result result = Command.jdk(Command.moduleJars(NOT_LOCAL), "optimizers", "--json").run();

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode optimizers = JSON.readTree(result.out());
        assertFalse(optimizers.isEmpty(), result.out());
        for (JsonNode optimizer : optimizers) {
            assertEquals("local", optimizer.get("family").asText(), optimizer.toString());
            assertEquals("dev.hyperactive.optimizers.local", optimizer.get("module").asText(), optimizer.toString());
        }
    }

    @Test
    void missingOptimizerNamesModule() throws Exception {
        Command.Result result = Command.jdk(Command.moduleJars(NOT_LOCAL), "run", "--problem", "sphere",
                "--optimizer", "bayesian_optimization", "--n-iter", "5").run();

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("error: optimizer 'bayesian_optimization' is not on the module path; add the "
                + "module dev.hyperactive.optimizers.smbo (artifact hyperactive-optimizers-smbo)"), result.toString());
        assertTrue(result.err().contains("hill_climbing"), result.toString());
    }

    @Test
    void duplicateProviderNamesBothModules(@TempDir Path folder) throws Exception {
        Path jar = duplicateHillClimbingModule(folder);

        Command.Result result = Command.image("--module-path", jar.toString(), "optimizers").run();

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("two optimizer providers are named 'hill_climbing'"), result.toString());
        assertTrue(result.err().contains("(dev.hyperactive.optimizers.local)"), result.toString());
        assertTrue(result.err().contains("com.example.duplicate.DuplicateProvider (com.example.duplicate)"),
                result.toString());
    }

    /** Compiles and packs a module whose provider claims the name {@code hill_climbing}. */
    private static Path duplicateHillClimbingModule(Path folder) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path moduleInfo = sources.resolve("module-info.java");
        Files.writeString(moduleInfo, """
                module com.example.duplicate {
                    requires dev.hyperactive.api;
                    provides dev.hyperactive.spi.OptimizerProvider with com.example.duplicate.DuplicateProvider;
                }
                """);
        Path provider = Files.createDirectories(sources.resolve("com/example/duplicate")).resolve("DuplicateProvider.java");
        Files.writeString(provider, """
                package com.example.duplicate;

                import dev.hyperactive.spi.*;
                import java.util.Map;

                public final class DuplicateProvider implements OptimizerProvider {
                    public String name() { return "hill_climbing"; }
                    public String displayName() { return "Another Hill Climbing"; }
                    public OptimizerFamily family() { return OptimizerFamily.LOCAL; }
                    public OptimizerSpec defaultSpec() { return OptimizerSpec.named("hill_climbing"); }
                    public OptimizerSpec parse(Map<String, String> parameters) { return defaultSpec(); }
                    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
                        throw new UnsupportedOperationException();
                    }
                }
                """);

        Path classes = folder.resolve("classes");
        Path api = Command.moduleJars().stream()
                .filter(file -> file.getFileName().toString().startsWith("hyperactive-api-"))
                .findFirst().orElseThrow();
        runTool("javac", "--release", "17", "--module-path", api.toString(), "-d", classes.toString(),
                moduleInfo.toString(), provider.toString());

        Path jar = folder.resolve("duplicate.jar");
        runTool("jar", "--create", "--file", jar.toString(), "-C", classes.toString(), ".");
        return jar;
    }

    private static void runTool(String name, String... arguments) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                "the JDK running the tests has no " + name));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        int code = tool.run(writer, writer, arguments);
        assertEquals(0, code, name + " " + List.of(arguments) + " failed:\n" + output);
    }
}
