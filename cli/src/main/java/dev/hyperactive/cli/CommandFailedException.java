package dev.hyperactive.cli;

/**
 * A command that could not finish for a reason other than invalid input, such as a file that could
 * not be written. The command exits with code 1 and prints the message without a stack trace.
 */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    CommandFailedException(String message) {
        super(message);
    }
}
