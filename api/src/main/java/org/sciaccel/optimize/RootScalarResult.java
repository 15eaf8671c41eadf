package org.sciaccel.optimize;

/**
 * SciPy's {@code RootResults}: the root, the iterations and function calls it took, whether it
 * converged and SciPy's {@code flag} text ("converged", "sign error", "convergence error",
 * "value error"). Function calls count every call of f and of its derivatives, as SciPy counts them.
 */
public record RootScalarResult(double root, int iterations, int functionCalls, boolean converged, String flag) {
    /** SciPy's status codes (scipy/optimize/_zeros_py.py). */
    static final int CONVERGED = 0;
    static final int SIGN_ERROR = -1;
    static final int CONVERGENCE_ERROR = -2;
    static final int VALUE_ERROR = -3;

    /** A result from SciPy's tuple {@code (x, funcalls, iterations, flag)}. */
    static RootScalarResult of(double root, int functionCalls, int iterations, int status) {
        String flag = switch (status) {
            case CONVERGED -> "converged";
            case SIGN_ERROR -> "sign error";
            case CONVERGENCE_ERROR -> "convergence error";
            case VALUE_ERROR -> "value error";
            default -> "unknown error " + status;
        };
        return new RootScalarResult(root, iterations, functionCalls, status == CONVERGED, flag);
    }
}
