package dev.hyperactive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code hyperactive} command, which only dispatches to its sub-commands. */
@Command(
        name = "hyperactive",
        description = {
            "Optimizes expensive black-box functions, such as the hyperparameters of machine learning"
                    + " models, without gradients.",
            "Optimizers and studies are found on the module path; the launcher adds folders of"
                    + " further jars with --module-path DIR before the sub-command."},
        subcommands = {
            RunCommand.class,
            OptimizersCommand.class,
            StudiesCommand.class,
            DemoCommand.class,
            dev.hyperactive.cli.bench.BenchCommand.class,
            CommandLine.HelpCommand.class})
final class HyperactiveCommand implements Runnable {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    HyperactiveCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Returns the streams, folder, optimizers and studies the sub-commands use. */
    CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing sub-command; choose one of: " + String.join(", ", spec.subcommands().keySet()));
    }
}
