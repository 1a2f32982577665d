package dev.hyperactive.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs a program in a separate process and returns its exit code and output. */
final class Command {

    /** Generous, because the machine may be busy; a run normally takes one or two seconds. */
    private static final long TIMEOUT_SECONDS = 120;

    /** The image built by the package phase. */
    static final Path IMAGE = Path.of(property("hyperactive.image"));
    /** The modules the image was linked from, as jars with descriptors. */
    static final Path MODULES = Path.of(property("hyperactive.modules"));
    /** The folder that contains the example plugin jar. */
    static final Path PLUGINS = Path.of(property("hyperactive.plugins"));

    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    private Command(List<String> arguments) {
        this.arguments.addAll(arguments);
    }

    /** Returns a command that starts the program {@code arguments[0]} with the other arguments. */
    static Command of(String... arguments) {
        return new Command(List.of(arguments));
    }

    /** Returns a command that starts the image's launcher, {@code bin/hyperactive}, with the arguments. */
    static Command image(String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(IMAGE.resolve("bin").resolve("hyperactive").toString());
        all.addAll(List.of(arguments));
        return new Command(all);
    }

    /**
     * Returns a command that starts the cli with the JDK running the tests and exactly the given module
     * path, without the image.
     */
    static Command jdk(List<Path> modulePath, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        all.add("--module-path");
        all.add(modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        all.add("--add-modules");
        all.add("ALL-MODULE-PATH");
        all.add("-m");
        all.add("dev.hyperactive.cli/dev.hyperactive.cli.Main");
        all.addAll(List.of(arguments));
        return new Command(all);
    }

    /** Returns the jars of the image's modules, except those whose file name starts with a prefix of {@code leftOut}. */
    static List<Path> moduleJars(String... leftOut) throws IOException {
        try (Stream<Path> files = Files.list(MODULES)) {
            return files.filter(file -> file.toString().endsWith(".jar"))
                    .filter(file -> Stream.of(leftOut).noneMatch(prefix -> file.getFileName().toString().startsWith(prefix)))
                    .sorted()
                    .toList();
        }
    }

    /** Sets an environment variable of the process. */
    Command env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the process to its end and returns what it wrote. */
    Result run() throws IOException, InterruptedException {
        Path out = Files.createTempFile("hyperactive-it-out", ".txt");
        Path err = Files.createTempFile("hyperactive-it-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(arguments).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            assertTrue(ended, "no exit within " + TIMEOUT_SECONDS + " s: " + arguments);
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run these tests with "
                    + "'mvn verify', which sets it");
        }
        return value;
    }

    /** The exit code and the output of a finished process. */
    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit code " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }
}
