package dev.hyperactive.cli;

import dev.hyperactive.core.SearchFailedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages on standard error and exit codes: invalid input, including
 * picocli's usage errors, exits with {@value #INVALID_INPUT}; a failed run with {@value #FAILED}.
 * An {@link IllegalStateException}, such as two providers with the same name on the module path, is a
 * failure too. Only other exceptions, which signal a defect rather than a user error, also print
 * their stack trace.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** The exit code of invalid input. */
    static final int INVALID_INPUT = 2;
    /** The exit code of a run that failed. */
    static final int FAILED = 1;

    private static final String PICOCLI_PREFIX = "Error: ";

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String message = exception.getMessage();
        // Some picocli messages start with their own "Error: ", which would double ours.
        if (message.startsWith(PICOCLI_PREFIX)) {
            message = message.substring(PICOCLI_PREFIX.length());
        }
        err.println("error: " + message + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = FAILED;
        if (exception instanceof IllegalArgumentException) {
            err.println("error: " + exception.getMessage());
            code = INVALID_INPUT;
        } else if (exception instanceof SearchFailedException) {
            err.println("error: the search failed: " + withCause(exception));
        } else if (exception instanceof CommandFailedException || exception instanceof IllegalStateException) {
            err.println("error: " + exception.getMessage());
        } else {
            err.println("error: unexpected failure: " + exception);
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String withCause(Throwable exception) {
        Throwable cause = exception.getCause();
        if (cause == null || exception.getMessage() != null && exception.getMessage().contains(cause.toString())) {
            return exception.getMessage();
        }
        return exception.getMessage() + ": caused by " + cause;
    }
}
