package org.sciaccel.optimize;

/**
 * SciPy's {@code newton} over an array of starting points with {@code full_output=True}: the roots,
 * which converged, which stopped on a zero derivative, and the RuntimeWarning SciPy would issue
 * ("some derivatives were zero", "RMS of 1.8e-05 reached", "some failed to converge after 50
 * iterations"), or null when none.
 */
public record NewtonArrayResult(double[] root, boolean[] converged, boolean[] zeroDer, String warning) {
    public NewtonArrayResult {
        root = root.clone();
        converged = converged.clone();
        zeroDer = zeroDer.clone();
    }

    @Override
    public double[] root() {
        return root.clone();
    }

    @Override
    public boolean[] converged() {
        return converged.clone();
    }

    @Override
    public boolean[] zeroDer() {
        return zeroDer.clone();
    }
}
