package org.sciaccel.registry;

/**
 * The backend SPI interface that serves an op ({@link org.sciaccel.spi.NdimageOps},
 * {@link org.sciaccel.spi.MorphologyOps}, ...). A backend that implements a family's interface
 * declares the registry's ops of that family ({@link OpRegistry#namesIn}), so an op's name is
 * written once, in its registry entry.
 */
public enum SpiFamily {
    /** Filters: correlations, Gaussian, rank, min/max, derivatives; scipy.signal's 2-D filters. */
    NDIMAGE,
    /** ndimage's spline interpolation: spline filters, map_coordinates, affine_transform, shift, zoom, rotate. */
    INTERPOLATION,
    /** Binary and grey morphology, labeling, measurements, distance transforms. */
    MORPHOLOGY,
    /** scipy.fft, scipy.fftpack and scipy.signal's FFT-based functions. */
    FFT,
    /** scipy.linalg and numpy.matmul. */
    LINALG,
    /** Curve fitting (scipy.optimize.curve_fit and the batched fits). */
    FIT,
    /** NumPy's element-wise functions (ufuncs), comparison and logic. */
    UFUNC,
    /** NumPy's reductions and accumulations over axes. */
    REDUCTION,
    /** NumPy's shape manipulation and indexing. */
    SHAPE,
    /** NumPy's array creation on a chosen backend. */
    CREATION,
    /** NumPy's sorting, searching and statistics. */
    SORTING,
    /** NumPy's random numbers (Philox, the same stream on every backend). */
    RANDOM,
    /** Formula kernels (numpy.evaluate): fused element-wise expressions and reductions. */
    FORMULA,
    /** ndimage's Fourier-domain filters (fourier_gaussian, fourier_uniform, fourier_ellipsoid, fourier_shift). */
    FOURIER,
    /** scipy.interpolate's piecewise polynomials: PPoly, CubicSpline, PchipInterpolator, Akima1DInterpolator, interp1d. */
    PIECEWISE_POLY,
    /** Batched ODE integration (integrate.solve_ivp_batch). */
    ODE_BATCH,
    /**
     * scipy.interpolate's B-splines and RegularGridInterpolator: construction on the host, evaluation at
     * many points on the backend ({@link org.sciaccel.spi.GridInterpolateOps}).
     */
    GRID_INTERPOLATE,
    /** FITPACK's spline curves evaluated at many points (splev, UnivariateSpline and its kin). */
    SPLINE_CURVE,
    /** scipy.spatial.distance: cdist, pdist and squareform (issue 18). */
    DISTANCE,
    /** scipy.cluster.vq: vq and the clusters' means (issue 18). */
    CLUSTER,
    /**
     * scikit-learn's estimators and metrics (issue 18): composed of the backends' NumPy, linalg and distance
     * ops, DBSCAN's neighbourhoods through {@code org.sciaccel.spi.SklearnOps}.
     */
    SKLEARN,
    /**
     * Algorithms that run on the host whatever the backend: scipy.optimize's methods on a scalar
     * function or a system (the function is a JVM function or a formula evaluated on the host; the
     * iterations are sequential). No SPI serves them: every backend lists them in
     * {@code implementedOps()}, and their array results are placed on the call's backend. The ops
     * table marks them "host".
     */
    HOST
}
