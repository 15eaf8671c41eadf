package org.sciaccel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.ElementwiseExpression;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.Random;

/**
 * scipy.stats.multivariate_normal (SciPy 1.10.1), frozen: a mean vector and a covariance matrix, processed on the
 * host as SciPy processes them ({@code _process_parameters}: a scalar cov is {@code cov * eye(dim)}, a 1-d one the
 * diagonal; the symmetric eigen-decomposition of its lower triangle, SciPy's {@code _PSD}: eigenvalues at most
 * {@code 1e6 * eps * max|s|} count as zero, a negative one beyond that refuses the matrix, a zero one needs
 * {@code allow_singular}). pdf, logpdf and cdf are element-wise over the points on their array's backend (one fused
 * program; the d x d algebra is done on the host and enters as constants).
 *
 * <p>logpdf is SciPy's {@code -0.5 * (rank * log(2 pi) + log_pdet + maha)} with {@code maha} the squared norm of
 * {@code (x - mean) @ U}, {@code U = eigenvectors * sqrt(pinv(eigenvalues))}; for a singular covariance points off
 * the support ({@code |(x - mean) @ V| >= 1e3 * eps}, V the null space) get -inf (pdf 0).
 *
 * <p>cdf (lower limit -inf): SciPy calls Genz's MVNDST with abseps = releps = 1e-5. For d = 1 that is the normal
 * cdf of the standardised point, here {@code ndtr}; for d = 2 Genz's deterministic bivariate algorithm (Drezner and
 * Wesolowsky's Gauss-Legendre quadratures of 6, 12 or 20 points by |r|, as Genz's BVNU), which sciaccel computes the
 * same way; for d = 3 SciPy runs a randomised lattice rule accurate to about 1e-5, while sciaccel computes Plackett's
 * formula (the bivariate cdf times the normal cdf plus the integral over t in [0, 1] of Plackett's derivatives of
 * the trivariate cdf in the two smaller correlations, as Genz's TVTL orders them) by a fixed 24-point
 * Gauss-Legendre rule: a deterministic value much closer to the exact one than SciPy's, so the two differ by
 * SciPy's own error (asserted: within 2e-5 absolute). Dimensions above 3 and {@code lower_limit} are not available;
 * infinite coordinates are taken at +-40 standard deviations (the same value in double precision).
 *
 * <p>rvs: {@code mean + ndtri(u) @ L.T} for {@code u = Generator(Philox(seed)).random(size + (d,))} and L the
 * Cholesky factor of cov. Deviation: SciPy calls NumPy's {@code multivariate_normal} (an SVD factor and NumPy's
 * normal stream): the variates differ from SciPy's for the same seed (same distribution); a singular covariance is
 * refused by rvs.
 */
public final class MultivariateNormal {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final int PLACKETT_POINTS = 24;

    private final int dim;
    private final double[] mean;
    private final double[][] cov;
    private final boolean allowSingular;
    /** _PSD: whitening matrix U (dim x dim), null-space basis V (dim x dim-rank), rank, log pseudo-determinant. */
    private final double[][] u;
    private final double[][] v;
    private final int rank;
    private final double logPdet;
    private final double supportEps;

    private MultivariateNormal(int dim, double[] mean, double[][] cov, boolean allowSingular) {
        this.dim = dim;
        this.mean = mean;
        this.cov = cov;
        this.allowSingular = allowSingular;
        for (double[] row : cov) {
            for (double c : row) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("stats.multivariate_normal: cov: array must not contain infs or NaNs");
                }
            }
        }
        double[][] a = new double[dim][dim];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                a[i][j] = i >= j ? cov[i][j] : cov[j][i]; // eigh reads the lower triangle
            }
        }
        double[][] vec = new double[dim][dim];
        double[] s = jacobiEigen(a, vec);
        double maxAbs = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double x : s) {
            maxAbs = Math.max(maxAbs, Math.abs(x));
            min = Math.min(min, x);
        }
        double eps = 1e6 * Math.ulp(1.0) * maxAbs;
        if (min < -eps) {
            throw new IllegalArgumentException("stats.multivariate_normal: cov: The input matrix must be symmetric "
                    + "positive semidefinite.");
        }
        int r = 0;
        double lp = 0;
        List<Integer> nulls = new ArrayList<>();
        for (int i = 0; i < dim; i++) {
            if (s[i] > eps) {
                r++;
                lp += Math.log(s[i]);
            } else {
                nulls.add(i);
            }
        }
        if (r < dim && !allowSingular) {
            // SciPy raises numpy.linalg.LinAlgError here; a bad argument is an IllegalArgumentException in sciaccel
            throw new IllegalArgumentException("stats.multivariate_normal: cov: When `allow_singular is False`, the "
                    + "input matrix must be symmetric positive definite.");
        }
        u = new double[dim][dim];
        for (int j = 0; j < dim; j++) {
            double f = Math.sqrt(Math.abs(s[j]) <= eps ? 0 : 1 / s[j]);
            for (int i = 0; i < dim; i++) {
                u[i][j] = vec[i][j] * f;
            }
        }
        v = new double[dim][nulls.size()];
        for (int k = 0; k < nulls.size(); k++) {
            for (int i = 0; i < dim; i++) {
                v[i][k] = vec[i][nulls.get(k)];
            }
        }
        rank = r;
        logPdet = lp;
        supportEps = 1e3 * eps;
    }

    /**
     * SciPy's {@code multivariate_normal(mean, cov, allow_singular)}.
     *
     * @param mean null (zeros), or a vector whose length is the dimension
     * @param meanShape the mean's NumPy shape (a 0-d mean is one value)
     * @param cov null (1), one value (a 0-d cov: {@code cov * eye}), a 1-d diagonal or a row-major dim x dim matrix
     * @param covShape its NumPy shape
     */
    static MultivariateNormal of(double[] mean, int[] meanShape, double[] cov, int[] covShape, boolean allowSingular) {
        int dim;
        if (mean == null) {
            dim = cov == null || covShape.length < 2 ? 1 : covShape[0];
        } else {
            dim = mean.length;
        }
        double[] m = mean == null ? new double[dim] : mean.clone();
        if (mean != null && dim != 1 && meanShape.length != 1) {
            throw new IllegalArgumentException("stats.multivariate_normal: mean: Array 'mean' must be a vector of length "
                    + dim + ".");
        }
        double[] c = cov == null ? new double[] {1.0} : cov;
        int[] cs = cov == null ? new int[0] : covShape;
        if (dim == 1) {
            if (c.length != 1) {
                throw new IllegalArgumentException("stats.multivariate_normal: cov: cannot reshape array of size "
                        + c.length + " into shape (1,1)");
            }
            cs = new int[] {1, 1};
        }
        double[][] full = new double[dim][dim];
        if (cs.length == 0) {
            for (int i = 0; i < dim; i++) {
                full[i][i] = c[0];
            }
        } else if (cs.length == 1) {
            if (cs[0] != dim) {
                throw new IllegalArgumentException("stats.multivariate_normal: cov: Dimension mismatch: array 'cov' is of "
                        + "shape (" + cs[0] + ", " + cs[0] + "), but 'mean' is a vector of length " + dim + ".");
            }
            for (int i = 0; i < dim; i++) {
                full[i][i] = c[i];
            }
        } else if (cs.length == 2) {
            if (cs[0] != cs[1]) {
                throw new IllegalArgumentException("stats.multivariate_normal: cov: Array 'cov' must be square if it is two "
                        + "dimensional, but cov.shape = (" + cs[0] + ", " + cs[1] + ").");
            }
            if (cs[0] != dim) {
                throw new IllegalArgumentException("stats.multivariate_normal: cov: Dimension mismatch: array 'cov' is of "
                        + "shape (" + cs[0] + ", " + cs[1] + "), but 'mean' is a vector of length " + dim + ".");
            }
            for (int i = 0; i < dim; i++) {
                System.arraycopy(c, i * dim, full[i], 0, dim);
            }
        } else {
            throw new IllegalArgumentException("stats.multivariate_normal: cov: Array 'cov' must be at most "
                    + "two-dimensional, but cov.ndim = " + cs.length);
        }
        return new MultivariateNormal(dim, m, full, allowSingular);
    }

    /** {@code multivariate_normal(mean, cov, allow_singular)} of a vector and a dim x dim matrix. */
    public static MultivariateNormal of(double[] mean, double[][] cov, boolean allowSingular) {
        if (cov == null) {
            throw new IllegalArgumentException("stats.multivariate_normal: cov is null");
        }
        int d = cov.length;
        double[] flat = new double[d * d];
        for (int i = 0; i < d; i++) {
            if (cov[i] == null || cov[i].length != d) {
                throw new IllegalArgumentException("stats.multivariate_normal: cov: row " + i + " is not of length " + d);
            }
            System.arraycopy(cov[i], 0, flat, i * d, d);
        }
        return of(mean, mean == null ? null : new int[] {mean.length}, flat, new int[] {d, d}, allowSingular);
    }

    /** The dimension. */
    public int dim() {
        return dim;
    }

    /** SciPy's {@code mean} attribute (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** SciPy's {@code cov} attribute: the dim x dim covariance (a copy). */
    public double[][] cov() {
        double[][] c = new double[dim][];
        for (int i = 0; i < dim; i++) {
            c[i] = cov[i].clone();
        }
        return c;
    }

    /** Whether a singular covariance was allowed. */
    public boolean allowSingular() {
        return allowSingular;
    }

    /** The rank of the covariance (SciPy's {@code cov_object.rank}). */
    public int rank() {
        return rank;
    }

    /** The log of the pseudo-determinant (SciPy's {@code cov_object.log_pdet}). */
    public double logPdet() {
        return logPdet;
    }

    /** {@code logpdf(x)}: x of shape (..., dim) (SciPy's {@code _process_quantiles}); the result squeezed. */
    public NDArray logpdf(NDArray x) {
        return density("logpdf", x, true);
    }

    /** {@code pdf(x)}. */
    public NDArray pdf(NDArray x) {
        return density("pdf", x, false);
    }

    /** {@code entropy()}: {@code 0.5 * (rank * (log(2 pi) + 1) + log_pdet)}. */
    public double entropy() {
        return 0.5 * (rank * (LOG_2PI + 1) + logPdet);
    }

    private NDArray density(String method, NDArray x, boolean log) {
        String op = "stats.multivariate_normal." + method;
        Points p = points(op, x);
        try {
            ElementwiseExpression e = new ElementwiseExpression(op);
            int[] dev = new int[dim];
            for (int i = 0; i < dim; i++) {
                dev[i] = e.ufunc("subtract", e.cast(e.array("x[..., " + i + "]", p.columns[i]), DType.FLOAT64),
                        e.scalar("mean[" + i + "]", mean[i]));
            }
            int maha = -1;
            for (int j = 0; j < dim; j++) {
                int y = combination(e, dev, u, j);
                int sq = e.ufunc("square", y);
                maha = maha < 0 ? sq : e.ufunc("add", maha, sq);
            }
            int out = e.ufunc("multiply", e.scalar("-0.5", -0.5),
                    e.ufunc("add", e.scalar("rank*log(2pi)+log_pdet", rank * LOG_2PI + logPdet), maha));
            if (!log) {
                out = e.ufunc("exp", out);
            }
            if (rank < dim) {
                int res = -1;
                for (int k = 0; k < v[0].length; k++) {
                    int z = combination(e, dev, v, k);
                    int sq = e.ufunc("multiply", z, z);
                    res = res < 0 ? sq : e.ufunc("add", res, sq);
                }
                int inSupport = e.ufunc("less", e.ufunc("sqrt", res), e.scalar("eps", supportEps));
                out = e.where(inSupport, out, e.scalar(log ? "-inf" : "0", log ? Double.NEGATIVE_INFINITY : 0.0));
            }
            return reshaped(e.evaluate(out), p.resultShape);
        } finally {
            p.close();
        }
    }

    /** {@code sum_i dev_i * m[i][j]} in the order of a matrix product. */
    private static int combination(ElementwiseExpression e, int[] dev, double[][] m, int j) {
        int y = -1;
        for (int i = 0; i < dev.length; i++) {
            int t = e.ufunc("multiply", dev[i], e.scalar("m", m[i][j]));
            y = y < 0 ? t : e.ufunc("add", y, t);
        }
        return y;
    }

    /**
     * {@code cdf(x)} (lower limit -inf) for dimension 1, 2 or 3; see the class comment for the algorithm and its
     * agreement with SciPy's.
     *
     * @throws UnsupportedOperationException for a dimension above 3
     */
    public NDArray cdf(NDArray x) {
        String op = "stats.multivariate_normal.cdf";
        if (dim > 3) {
            throw new UnsupportedOperationException(op + ": dimension " + dim + " > 3 is not available in sciaccel "
                    + "(SciPy integrates it by Genz's randomised lattice rule)");
        }
        Points p = points(op, x);
        try {
            ElementwiseExpression e = new ElementwiseExpression(op);
            double[] sd = new double[dim];
            int[] h = new int[dim];
            for (int i = 0; i < dim; i++) {
                sd[i] = Math.sqrt(cov[i][i]);
                int xi = e.cast(e.array("x[..., " + i + "]", p.columns[i]), DType.FLOAT64);
                int z = e.ufunc("divide", e.ufunc("subtract", xi, e.scalar("mean", mean[i])), e.scalar("sd", sd[i]));
                h[i] = e.ufunc("clip", z, e.scalar("-40", -40.0), e.scalar("40", 40.0));
            }
            int out;
            if (dim == 1) {
                out = e.ufunc("ndtr", h[0]);
            } else if (dim == 2) {
                double r = cov[0][1] / (sd[0] * sd[1]);
                out = bvnu(e, e.ufunc("negative", h[0]), e.ufunc("negative", h[1]), r);
            } else {
                double[][] rho = new double[3][3];
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        rho[i][j] = cov[i][j] / (sd[i] * sd[j]);
                    }
                }
                out = trivariate(e, h, rho);
            }
            return reshaped(e.evaluate(out), p.resultShape);
        } finally {
            p.close();
        }
    }

    /**
     * {@code rvs(size, random_state=seed)}: float64 variates of shape {@code size + (dim,)} squeezed as SciPy's
     * (see the class comment for the method).
     *
     * @param size null: SciPy's default size 1
     */
    public NDArray rvs(int[] size, long seed, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("stats.multivariate_normal.rvs: backend is null");
        }
        String op = "stats.multivariate_normal.rvs";
        double[][] l = cholesky(op);
        int[] sz = size == null ? new int[] {1} : size.clone();
        int[] shape = Arrays.copyOf(sz, sz.length + 1);
        shape[sz.length] = dim;
        NDArray[] cols = new NDArray[dim];
        NDArray[] outs = new NDArray[dim];
        try (NDArray uAll = Random.philox(seed, backend).random(shape)) {
            for (int i = 0; i < dim; i++) {
                cols[i] = column(uAll, i);
            }
            for (int j = 0; j < dim; j++) {
                ElementwiseExpression e = new ElementwiseExpression(op);
                int acc = -1;
                for (int i = 0; i <= j; i++) {
                    int z = e.ufunc("ndtri", e.array("u", cols[i]));
                    int t = e.ufunc("multiply", z, e.scalar("L", l[j][i]));
                    acc = acc < 0 ? t : e.ufunc("add", acc, t);
                }
                outs[j] = e.evaluate(e.ufunc("add", e.scalar("mean", mean[j]), acc));
            }
            return reshaped(Numpy.stack(outs, sz.length), squeezed(shape));
        } finally {
            for (NDArray c : cols) {
                if (c != null) {
                    c.close();
                }
            }
            for (NDArray o : outs) {
                if (o != null) {
                    o.close();
                }
            }
        }
    }

    /** {@link #rvs(int[], long, Backend)} on the default backend. */
    public NDArray rvs(int[] size, long seed) {
        return rvs(size, seed, Backends.defaultBackend());
    }

    private double[][] cholesky(String op) {
        double[][] l = new double[dim][dim];
        for (int j = 0; j < dim; j++) {
            double s = cov[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            if (!(s > 0)) {
                throw new LinAlgException(op + ": cov is not positive definite (rvs here needs a Cholesky factor)");
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < dim; i++) {
                double t = cov[i][j];
                for (int k = 0; k < j; k++) {
                    t -= l[i][k] * l[j][k];
                }
                l[i][j] = t / l[j][j];
            }
        }
        return l;
    }

    // ---- the points ----

    /** The coordinate columns of x (SciPy's {@code _process_quantiles}) and the squeezed result shape. */
    private static final class Points implements AutoCloseable {
        NDArray[] columns;
        int[] resultShape;
        final List<NDArray> owned = new ArrayList<>();

        @Override
        public void close() {
            for (NDArray a : owned) {
                a.close();
            }
        }
    }

    private Points points(String op, NDArray x) {
        if (x == null) {
            throw new IllegalArgumentException(op + ": x is null");
        }
        if (x.dtype().isComplex()) {
            throw org.sciaccel.SciPyArgumentException.typeError(op + ": x is complex (" + x.dtype() + ")");
        }
        Points p = new Points();
        int[] s = x.shape();
        p.columns = new NDArray[dim];
        int[] pointsShape;
        if (s.length == 0 || (s.length == 1 && dim == 1)) {
            // one coordinate per element: the points are x's elements
            if (dim != 1) {
                throw new IllegalArgumentException(op + ": x: shapes (1,) and (" + dim + "," + dim + ") not aligned");
            }
            p.columns[0] = x;
            pointsShape = s.length == 0 ? new int[] {1} : s;
        } else {
            int last = s[s.length - 1];
            if (last != dim) {
                throw new IllegalArgumentException(op + ": x: the last axis of " + org.sciaccel.Shapes.toString(s)
                        + " has length " + last + ", the distribution's dimension is " + dim);
            }
            for (int i = 0; i < dim; i++) {
                p.columns[i] = column(x, i);
                p.owned.add(p.columns[i]);
            }
            pointsShape = s.length == 1 ? new int[] {1} : Arrays.copyOf(s, s.length - 1);
        }
        p.resultShape = squeezed(pointsShape);
        return p;
    }

    private static NDArray column(NDArray x, int i) {
        try (NDArray idx = NDArray.fromHost(x.backend(), HostArray.fromDoubles(new double[] {i}, DType.INT64))) {
            return Numpy.take(x, idx, -1);
        }
    }

    private static int[] squeezed(int[] shape) {
        return Arrays.stream(shape).filter(n -> n != 1).toArray();
    }

    private static NDArray reshaped(NDArray a, int[] shape) {
        if (Arrays.equals(a.shape(), shape)) {
            return a;
        }
        try (NDArray in = a) {
            return Numpy.reshape(in, shape);
        }
    }

    // ---- Genz's bivariate normal (BVNU) and Plackett's trivariate formula, as element-wise nodes ----

    /** {@code P(X > h, Y > k)} for standard normals of correlation r (r a host constant), Genz's BVNU. */
    static int bvnu(ElementwiseExpression e, int h, int k, double r) {
        int ng = Math.abs(r) < 0.3 ? 0 : Math.abs(r) < 0.75 ? 1 : 2;
        double[][] gl = halfGaussLegendre(new int[] {6, 12, 20}[ng]);
        double[] x = gl[0];
        double[] w = gl[1];
        double twoPi = 2 * Math.PI;
        int hk = e.ufunc("multiply", h, k);
        if (Math.abs(r) < 0.925) {
            int hs = e.ufunc("divide", e.ufunc("add", e.ufunc("multiply", h, h), e.ufunc("multiply", k, k)), e.scalar("2", 2.0));
            double asr = Math.asin(r);
            int bvn = -1;
            for (int i = 0; i < x.length; i++) {
                for (int sign = 0; sign < 2; sign++) {
                    double sn = Math.sin(asr * ((sign == 0 ? x[i] : -x[i]) + 1) / 2);
                    int arg = e.ufunc("divide", e.ufunc("subtract", e.ufunc("multiply", e.scalar("sn", sn), hk), hs),
                            e.scalar("1-sn^2", 1 - sn * sn));
                    int t = e.ufunc("multiply", e.scalar("w", w[i]), e.ufunc("exp", arg));
                    bvn = bvn < 0 ? t : e.ufunc("add", bvn, t);
                }
            }
            int phiH = e.ufunc("ndtr", e.ufunc("negative", h));
            int phiK = e.ufunc("ndtr", e.ufunc("negative", k));
            return e.ufunc("add", e.ufunc("divide", e.ufunc("multiply", bvn, e.scalar("asr", asr)), e.scalar("2*2pi", 2 * twoPi)),
                    e.ufunc("multiply", phiH, phiK));
        }
        int kk = k;
        int hkk = hk;
        if (r < 0) {
            kk = e.ufunc("negative", k);
            hkk = e.ufunc("negative", hk);
        }
        int bvn = e.scalar("0", 0.0);
        if (Math.abs(r) < 1) {
            double as = (1 - r) * (1 + r);
            double a = Math.sqrt(as);
            int d0 = e.ufunc("subtract", h, kk);
            int bs = e.ufunc("multiply", d0, d0);
            int c = e.ufunc("divide", e.ufunc("subtract", e.scalar("4", 4.0), hkk), e.scalar("8", 8.0));
            int d = e.ufunc("divide", e.ufunc("subtract", e.scalar("12", 12.0), hkk), e.scalar("16", 16.0));
            int one = e.scalar("1", 1.0);
            // A*exp(-(BS/AS + HK)/2)*(1 - C*(BS - AS)*(1 - D*BS/5)/3 + C*D*AS*AS/5)
            int ex = e.ufunc("exp", e.ufunc("negative", e.ufunc("divide",
                    e.ufunc("add", e.ufunc("divide", bs, e.scalar("as", as)), hkk), e.scalar("2", 2.0))));
            int dbs5 = e.ufunc("subtract", one, e.ufunc("divide", e.ufunc("multiply", d, bs), e.scalar("5", 5.0)));
            int t1 = e.ufunc("divide", e.ufunc("multiply", e.ufunc("multiply", c, e.ufunc("subtract", bs, e.scalar("as", as))),
                    dbs5), e.scalar("3", 3.0));
            int t2 = e.ufunc("divide", e.ufunc("multiply", e.ufunc("multiply", e.ufunc("multiply", c, d), e.scalar("as", as)),
                    e.scalar("as", as)), e.scalar("5", 5.0));
            bvn = e.ufunc("multiply", e.ufunc("multiply", e.scalar("a", a), ex),
                    e.ufunc("add", e.ufunc("subtract", one, t1), t2));
            // if HK > -160: BVN -= exp(-HK/2)*sqrt(2pi)*PHI(-B/A)*B*(1 - C*BS*(1 - D*BS/5)/3)
            int b = e.ufunc("sqrt", bs);
            int corr = e.ufunc("multiply", e.ufunc("multiply", e.ufunc("multiply", e.ufunc("multiply",
                    e.ufunc("exp", e.ufunc("divide", e.ufunc("negative", hkk), e.scalar("2", 2.0))),
                    e.scalar("sqrt(2pi)", Math.sqrt(twoPi))),
                    e.ufunc("ndtr", e.ufunc("divide", e.ufunc("negative", b), e.scalar("a", a)))), b),
                    e.ufunc("subtract", one, e.ufunc("divide", e.ufunc("multiply", e.ufunc("multiply", c, bs), dbs5),
                            e.scalar("3", 3.0))));
            // each where-node takes the running sum once (a node's description repeats its arguments')
            bvn = e.ufunc("subtract", bvn, e.where(e.ufunc("greater", hkk, e.scalar("-160", -160.0)), corr,
                    e.scalar("0", 0.0)));
            double ha = a / 2;
            for (int i = 0; i < x.length; i++) {
                for (int is = -1; is <= 1; is += 2) {
                    double xs = Math.pow(ha * (is * x[i] + 1), 2);
                    double rs = Math.sqrt(1 - xs);
                    int asr = e.ufunc("negative", e.ufunc("divide", e.ufunc("add", e.ufunc("divide", bs, e.scalar("xs", xs)),
                            hkk), e.scalar("2", 2.0)));
                    int inner = e.ufunc("subtract", e.ufunc("divide", e.ufunc("exp", e.ufunc("divide",
                            e.ufunc("multiply", e.ufunc("negative", hkk), e.scalar("xs", xs)),
                            e.scalar("2(1+rs)^2", 2 * (1 + rs) * (1 + rs)))), e.scalar("rs", rs)),
                            e.ufunc("add", one, e.ufunc("multiply", e.ufunc("multiply", c, e.scalar("xs", xs)),
                                    e.ufunc("add", one, e.ufunc("multiply", d, e.scalar("xs", xs))))));
                    int term = e.ufunc("multiply", e.ufunc("multiply", e.scalar("a*w", ha * w[i]), e.ufunc("exp", asr)), inner);
                    bvn = e.ufunc("add", bvn, e.where(e.ufunc("greater", asr, e.scalar("-100", -100.0)), term,
                            e.scalar("0", 0.0)));
                }
            }
            bvn = e.ufunc("divide", e.ufunc("negative", bvn), e.scalar("2pi", twoPi));
        }
        if (r > 0) {
            return e.ufunc("add", bvn, e.ufunc("ndtr", e.ufunc("negative", e.ufunc("maximum", h, kk))));
        }
        int diff = e.ufunc("subtract", e.ufunc("ndtr", e.ufunc("negative", h)), e.ufunc("ndtr", e.ufunc("negative", kk)));
        return e.ufunc("add", e.ufunc("negative", bvn), e.ufunc("maximum", e.scalar("0", 0.0), diff));
    }

    /** {@code P(X < h, Y < k)} with correlation r. */
    static int bvnLower(ElementwiseExpression e, int h, int k, double r) {
        return bvnu(e, e.ufunc("negative", h), e.ufunc("negative", k), r);
    }

    /**
     * The trivariate normal cdf at (h1, h2, h3) by Plackett's formula: with the pair of largest |correlation| as
     * (2, 3), {@code Phi(h1) Phi2(h2, h3; r23) + int_0^1 [r12 phi2(h1, h2; t r12) Phi(u12(t)) + r13 phi2(h1, h3;
     * t r13) Phi(u13(t))] dt}, the integral by Gauss-Legendre on [0, 1].
     */
    private static int trivariate(ElementwiseExpression e, int[] h0, double[][] rho) {
        // Order as Genz's TVTL: |r23| largest.
        int[] idx = {0, 1, 2};
        double r12 = rho[0][1];
        double r13 = rho[0][2];
        double r23 = rho[1][2];
        if (Math.abs(r12) > Math.abs(r13)) {
            idx = new int[] {0, 2, 1};
            double t = r12;
            r12 = r13;
            r13 = t;
        }
        if (Math.abs(r13) > Math.abs(r23)) {
            idx = new int[] {idx[1], idx[0], idx[2]};
            double t = r13;
            r13 = r23;
            r23 = t;
        }
        int h1 = h0[idx[0]];
        int h2 = h0[idx[1]];
        int h3 = h0[idx[2]];
        int base = e.ufunc("multiply", e.ufunc("ndtr", h1), bvnLower(e, h2, h3, r23));
        if (Math.abs(r12) + Math.abs(r13) == 0) {
            return base;
        }
        double[][] gl = gaussLegendre(PLACKETT_POINTS);
        int sum = -1;
        for (int q = 0; q < gl[0].length; q++) {
            double t = (gl[0][q] + 1) / 2;
            double wt = gl[1][q] / 2;
            double a12 = t * r12;
            double a13 = t * r13;
            double det = 1 - a12 * a12 - a13 * a13 - r23 * r23 + 2 * a12 * a13 * r23;
            int term = -1;
            if (r12 != 0) {
                term = plackettTerm(e, h1, h2, h3, a12, a13, r23, det, r12 * wt);
            }
            if (r13 != 0) {
                int t13 = plackettTerm(e, h1, h3, h2, a13, a12, r23, det, r13 * wt);
                term = term < 0 ? t13 : e.ufunc("add", term, t13);
            }
            sum = sum < 0 ? term : e.ufunc("add", sum, term);
        }
        return e.ufunc("add", base, sum);
    }

    /**
     * {@code coef * phi2(ha, hb; rab) * Phi((hc - mu) / sigma)} with mu, sigma the conditional moments of the third
     * coordinate given the first two: {@code mu = ((rac - rab rbc) ha + (rbc - rab rac) hb) / (1 - rab^2)},
     * {@code sigma^2 = det / (1 - rab^2)}.
     */
    private static int plackettTerm(ElementwiseExpression e, int ha, int hb, int hc, double rab, double rac, double rbc,
            double det, double coef) {
        double om = 1 - rab * rab;
        int q = e.ufunc("add", e.ufunc("subtract", e.ufunc("multiply", ha, ha),
                e.ufunc("multiply", e.scalar("2r", 2 * rab), e.ufunc("multiply", ha, hb))), e.ufunc("multiply", hb, hb));
        int phi2 = e.ufunc("multiply", e.scalar("c", coef / (2 * Math.PI * Math.sqrt(om))),
                e.ufunc("exp", e.ufunc("divide", q, e.scalar("-2(1-r^2)", -2 * om))));
        int mu = e.ufunc("add", e.ufunc("multiply", e.scalar("ca", (rac - rab * rbc) / om), ha),
                e.ufunc("multiply", e.scalar("cb", (rbc - rab * rac) / om), hb));
        double sigma = Math.sqrt(Math.max(det, 0) / om);
        int u = e.ufunc("divide", e.ufunc("subtract", hc, mu), e.scalar("sigma", sigma));
        return e.ufunc("multiply", phi2, e.ufunc("ndtr", u));
    }

    /** Gauss-Legendre nodes and weights on [-1, 1] (Newton on the Legendre recurrence). */
    static double[][] gaussLegendre(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double pp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
                }
                pp = n * (z * p1 - p2) / (z * z - 1);
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) < 1e-16) {
                    break;
                }
            }
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * pp * pp);
            w[n - 1 - i] = w[i];
        }
        return new double[][] {x, w};
    }

    /** The negative half of the n-point rule (n even), as Genz's tables list it. */
    private static double[][] halfGaussLegendre(int n) {
        double[][] g = gaussLegendre(n);
        return new double[][] {Arrays.copyOf(g[0], n / 2), Arrays.copyOf(g[1], n / 2)};
    }

    /** Eigenvalues (ascending) and eigenvectors (columns of {@code vec}) of a symmetric matrix, cyclic Jacobi. */
    static double[] jacobiEigen(double[][] a0, double[][] vec) {
        int n = a0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
            Arrays.fill(vec[i], 0);
            vec[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vec[k][p];
                        double vkq = vec[k][q];
                        vec[k][p] = c * vkp - s * vkq;
                        vec[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] ev = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            ev[i] = a[i][i];
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(ev[i], ev[j]));
        double[] sorted = new double[n];
        double[][] v = new double[n][n];
        for (int k = 0; k < n; k++) {
            sorted[k] = ev[order[k]];
            for (int i = 0; i < n; i++) {
                v[i][k] = vec[i][order[k]];
            }
        }
        for (int i = 0; i < n; i++) {
            vec[i] = v[i];
        }
        return sorted;
    }

    @Override
    public String toString() {
        return "multivariate_normal(mean=" + Arrays.toString(mean) + ", cov=" + Arrays.deepToString(cov) + ")";
    }
}
