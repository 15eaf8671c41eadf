package org.sciaccel.registry;

/**
 * A call that does not fit the op registry: an unknown op or parameter, a value that does not
 * parse, a missing required parameter, the wrong number of input arrays. It is raised before any
 * data is read or computed, so a command line can report it as a usage error (the CLI exits with
 * its usage code) and everything that fails later as a failure.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
