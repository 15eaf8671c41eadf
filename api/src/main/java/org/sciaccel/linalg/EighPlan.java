package org.sciaccel.linalg;

/**
 * A validated {@code scipy.linalg.eigh} call for a backend: the driver SciPy would run and its
 * LAPACK arguments. The facade has resolved SciPy's default driver, checked every argument and
 * turned a subset into LAPACK's {@code range}: {@code 'A'} (all), {@code 'I'} (ascending indices
 * {@code il..iu}, 0-based and inclusive here) or {@code 'V'} (values in {@code (vl, vu]}).
 *
 * @param driver      the LAPACK driver ({@code gv*} exactly when a {@code b} is given)
 * @param lower       read the lower triangles (LAPACK's uplo 'L'), else the upper ones
 * @param eigvalsOnly no eigenvectors (jobz 'N')
 * @param type        the generalized problem's itype (1, 2 or 3); 1 for the standard problem
 * @param range       'A', 'I' or 'V'
 * @param il          first index of range 'I' (0-based)
 * @param iu          last index of range 'I' (0-based, inclusive)
 * @param vl          lower bound (exclusive) of range 'V'
 * @param vu          upper bound (inclusive) of range 'V'
 */
public record EighPlan(EighDriver driver, boolean lower, boolean eigvalsOnly, int type, char range, int il, int iu,
        double vl, double vu) {
}
