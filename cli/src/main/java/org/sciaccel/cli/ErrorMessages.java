package org.sciaccel.cli;

import org.sciaccel.registry.UsageException;

/** Turns exceptions into the one-line messages the CLI prints. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * The message of an error as one line, with the exception's type where the type says something
     * the message does not (a bug surfacing as a NullPointerException, say).
     */
    public static String of(Throwable ex) {
        return oneLine(describe(ex));
    }

    static String describe(Throwable ex) {
        String m = ex.getMessage();
        boolean selfExplaining = ex instanceof UsageException || ex instanceof IllegalArgumentException
                || ex instanceof UnsupportedOperationException || ex instanceof org.sciaccel.BackendException
                || ex instanceof java.io.UncheckedIOException;
        if (m == null || m.isBlank()) {
            return ex.getClass().getName() + " (run with --debug for the stack trace)";
        }
        return selfExplaining ? m : ex.getClass().getSimpleName() + ": " + m;
    }

    /** Folds a multi-line message into one line, so an error is always exactly one line. */
    public static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
