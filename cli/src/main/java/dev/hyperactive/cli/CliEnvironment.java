package dev.hyperactive.cli;

import dev.hyperactive.api.Study;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.core.StudyRegistry;
import dev.hyperactive.core.Verbosity;
import dev.hyperactive.spi.OptimizerProvider;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outside state the commands use: the output streams, the working directory, and the optimizer
 * providers and studies. Lists left null are found on the module path with
 * {@link java.util.ServiceLoader}, and tests give them explicitly.
 *
 * @param out standard output: results, listings and the JSON summary
 * @param err standard error: progress, logs and error messages
 * @param workingDirectory the folder that relative output files are written to
 * @param explicitProviders the optimizer providers to use, or null to discover them
 * @param explicitStudies the studies to use, or null to discover them
 */
record CliEnvironment(
        PrintStream out,
        PrintStream err,
        Path workingDirectory,
        List<OptimizerProvider> explicitProviders,
        List<Study> explicitStudies) {

    CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        explicitProviders = explicitProviders == null ? null : List.copyOf(explicitProviders);
        explicitStudies = explicitStudies == null ? null : List.copyOf(explicitStudies);
    }

    /** Returns the environment of a real process: System.out, System.err and the current folder. */
    static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, Path.of(""), null, null);
    }

    /**
     * Returns the optimizer providers, discovered on the module path unless given explicitly.
     *
     * @throws IllegalStateException if two providers have the same name
     */
    OptimizerRegistry optimizers() {
        return explicitProviders == null ? OptimizerRegistry.discover() : OptimizerRegistry.of(explicitProviders);
    }

    /**
     * Returns the studies, discovered on the module path unless given explicitly.
     *
     * @throws IllegalStateException if two studies have the same name
     */
    StudyRegistry studies() {
        return explicitStudies == null ? StudyRegistry.discover() : StudyRegistry.of(explicitStudies);
    }

    /**
     * Returns a new engine that shows what {@code verbosity} selects: results on {@link #out()}, and
     * progress bars on standard error.
     */
    Hyperactive engine(Set<Verbosity> verbosity) {
        Hyperactive.Builder builder = Hyperactive.builder().verbosity(verbosity).output(out);
        if (explicitProviders != null) {
            builder.providers(explicitProviders);
        }
        return builder.build();
    }

    /** Resolves {@code file} against the working directory. */
    Path resolve(Path file) {
        return workingDirectory.resolve(file);
    }
}
