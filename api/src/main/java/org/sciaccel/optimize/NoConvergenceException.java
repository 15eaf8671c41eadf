package org.sciaccel.optimize;

/**
 * A method stopped without converging where SciPy raises {@code RuntimeError} (e.g. {@code brentq}
 * with {@code disp=True}: "Failed to converge after 100 iterations."); the message is SciPy's.
 * Unlike bad input this is not an {@link IllegalArgumentException}: the arguments were valid.
 */
public class NoConvergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoConvergenceException(String message) {
        super(message);
    }
}
