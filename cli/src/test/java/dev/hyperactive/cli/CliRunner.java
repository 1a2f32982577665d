package dev.hyperactive.cli;

import dev.hyperactive.api.Study;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command in-process and captures what it prints. */
final class CliRunner {

    /** The exit code and the captured streams of one execution. */
    record Execution(int exitCode, String out, String err) {
    }

    private final Path workingDirectory;
    private final List<Study> studies;

    private CliRunner(Path workingDirectory, List<Study> studies) {
        this.workingDirectory = workingDirectory;
        this.studies = studies;
    }

    /** Returns a runner that discovers optimizers and studies on the module path. */
    static CliRunner discovering(Path workingDirectory) {
        return new CliRunner(workingDirectory, null);
    }

    /** Returns a runner that discovers optimizers and uses exactly {@code studies}. */
    static CliRunner withStudies(Path workingDirectory, Study... studies) {
        return new CliRunner(workingDirectory, List.of(studies));
    }

    /** Runs the command with {@code args}. */
    Execution execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(outStream, errStream, workingDirectory, null, studies);

        int code = Main.commandLine(environment).execute(args);
        outStream.flush();
        errStream.flush();
        return new Execution(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
