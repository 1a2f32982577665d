package dev.hyperactive.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of the {@code hyperactive} command. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command named by {@code args} and exits with its code: 0 on success, 1 when a run
     * failed, 2 on invalid input.
     */
    public static void main(String[] args) {
        LogSetup.configure();
        int code = commandLine(CliEnvironment.system()).execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Returns the command line of {@code environment}, writing help and errors to its streams. */
    static CommandLine commandLine(CliEnvironment environment) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new HyperactiveCommand(environment));
        commandLine.setOut(new PrintWriter(environment.out(), true));
        commandLine.setErr(new PrintWriter(environment.err(), true));
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }
}
