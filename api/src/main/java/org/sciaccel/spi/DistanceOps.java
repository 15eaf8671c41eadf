package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * What a backend implements for scipy.spatial.distance: the distances between rows of float64 point
 * sets, and squareform's two conversions. The facade ({@code org.sciaccel.spatial.Distance}) validates the
 * shapes, converts the points to C-ordered float64 as SciPy does, and resolves the metric's parameters.
 */
public interface DistanceOps {

    /** cdist: a new float64 (mA, mB) array of the distances between the rows of xa (mA, n) and xb (mB, n). */
    NDArray cdist(NDArray xa, NDArray xb, DistanceMetric metric);

    /** pdist: the condensed float64 array of the m(m-1)/2 distances between rows i < j of x (m, n), i major. */
    NDArray pdist(NDArray x, DistanceMetric metric);

    /**
     * squareform of a condensed vector of d(d-1)/2 elements (d >= 2): the symmetric (d, d) matrix of its
     * dtype with a zero diagonal, every element copied bit for bit (as SciPy copies bytes).
     */
    NDArray squareformToMatrix(NDArray v, int d);

    /**
     * squareform of a square (d, d) matrix (d >= 2): its upper triangle above the diagonal, row by row, bit for
     * bit (the facade has run SciPy's checks first, when asked).
     */
    NDArray squareformToVector(NDArray x);
}
