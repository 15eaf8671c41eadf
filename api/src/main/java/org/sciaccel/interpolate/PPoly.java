package org.sciaccel.interpolate;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.PiecewisePolyPlan;

/**
 * A piecewise polynomial in the local power basis, as {@code scipy.interpolate.PPoly}: on
 * {@code [x[i], x[i+1])}, {@code S(v) = sum_q c[q, i, ...] (v - x[i])^(k-q)} with {@code k} the degree.
 * {@link Interpolate#cubicSpline}'s, {@link Interpolate#pchipInterpolator}'s and {@link Interpolate#akima1dInterpolator}'s
 * results are PPolys. The coefficients live on the host (they are small); evaluation at many points
 * ({@link #call}) runs on the points' backend. Immutable.
 *
 * <p>Deviations from SciPy: real coefficients only (no complex), and the breakpoints must be
 * increasing (SciPy also takes decreasing ones).
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.interpolate.PPoly.html">scipy.interpolate.PPoly</a>
 */
public class PPoly {
    private final double[] c;
    private final double[] x;
    private final int order;
    private final int[] trailing;
    private final int axis;
    private final Extrapolate extrapolate;
    /** The registry op evaluations of this polynomial are routed under. */
    private final String op;

    /**
     * @param c        {@code order * (x.length - 1) * prod(trailing)} values, layout {@code (order, pieces, trailing...)}
     * @param trailing the shape of the values at one point
     * @param axis     where the points' dimensions go among {@code trailing} in a result
     */
    PPoly(double[] c, double[] x, int order, int[] trailing, int axis, Extrapolate extrapolate, String op) {
        this.c = c;
        this.x = x;
        this.order = order;
        this.trailing = trailing;
        this.axis = axis;
        this.extrapolate = extrapolate;
        this.op = op;
    }

    PPoly(PPoly like, double[] c, int order, Extrapolate extrapolate) {
        this(c, like.x, order, like.trailing, like.axis, extrapolate, like.op);
    }

    /** The breakpoints, {@code m + 1} increasing values (a copy). */
    public double[] x() {
        return x.clone();
    }

    /** The coefficients as SciPy's {@code c}: float64 of shape {@code (k + 1, m) + trailing} (a copy). */
    public HostArray c() {
        int[] shape = new int[2 + trailing.length];
        shape[0] = order;
        shape[1] = pieces();
        System.arraycopy(trailing, 0, shape, 2, trailing.length);
        return new HostArray(DType.FLOAT64, shape, c.clone());
    }

    /** The polynomial order, degree + 1 ({@code c.shape[0]}). */
    public int order() {
        return order;
    }

    /** The number of pieces {@code m}. */
    public int pieces() {
        return x.length - 1;
    }

    /** SciPy's {@code axis}: where a result puts the points' dimensions among the values' ones. */
    public int axis() {
        return axis;
    }

    /** SciPy's {@code extrapolate}. */
    public Extrapolate extrapolate() {
        return extrapolate;
    }

    /** The shape of the values at one point ({@code c.shape[2:]}). */
    public int[] valueShape() {
        return trailing.clone();
    }

    int columns() {
        return (int) Shapes.size(trailing);
    }

    double[] coefficients() {
        return c;
    }

    double[] breaks() {
        return x;
    }

    String op() {
        return op;
    }

    /** {@code self(x)}: the values at every point of {@code xNew}, on its backend (float64). */
    public NDArray call(NDArray xNew) {
        return call(xNew, 0, extrapolate);
    }

    /** {@code self(x, nu)}: the {@code nu}-th derivative at every point. */
    public NDArray call(NDArray xNew, int nu) {
        return call(xNew, nu, extrapolate);
    }

    /**
     * {@code self(x, nu, extrapolate)}: the {@code nu}-th derivative at every point of {@code xNew},
     * float64 of shape {@code valueShape[:axis] + xNew.shape + valueShape[axis:]}, on {@code xNew}'s backend.
     *
     * @throws IllegalArgumentException for {@code nu < 0}
     */
    public NDArray call(NDArray xNew, int nu, Extrapolate extrapolate) {
        Checks.notNull(xNew, "x");
        Checks.notNull(extrapolate, "extrapolate");
        if (nu < 0) {
            throw new IllegalArgumentException("nu: the order of derivative cannot be negative, got " + nu);
        }
        PPoly p = nu == 0 ? this : derivative(nu);
        PiecewisePolyPlan.Outside outside = extrapolate == Extrapolate.TRUE ? PiecewisePolyPlan.Outside.EXTRAPOLATE
                : extrapolate == Extrapolate.FALSE ? PiecewisePolyPlan.Outside.NAN : PiecewisePolyPlan.Outside.PERIODIC;
        int pre = (int) Shapes.size(java.util.Arrays.copyOfRange(trailing, 0, axis));
        int post = (int) Shapes.size(java.util.Arrays.copyOfRange(trailing, axis, trailing.length));
        PiecewisePolyPlan plan = new PiecewisePolyPlan(x, p.c, p.order, pre, post, false, outside, x[0], x[x.length - 1],
                null, null, DType.FLOAT64, false);
        return Evaluation.run(op, plan, xNew, trailing, axis);
    }

    /**
     * SciPy's {@code derivative(nu)}: the piecewise polynomial of the {@code nu}-th derivative
     * (order {@code k + 1 - nu}, at least 1); a negative {@code nu} is {@link #antiderivative(int)}.
     */
    public PPoly derivative(int nu) {
        if (nu < 0) {
            return antiderivative(-nu);
        }
        int m = pieces();
        int cols = columns();
        int k2 = Math.max(order - nu, 0);
        double[] c2;
        int order2;
        if (k2 == 0) {
            order2 = 1;
            c2 = new double[m * cols];
        } else {
            order2 = k2;
            c2 = java.util.Arrays.copyOf(c, k2 * m * cols);
        }
        for (int q = 0; q < order2; q++) {
            double factor = poch(order2 - q, nu);
            for (int i = q * m * cols; i < (q + 1) * m * cols; i++) {
                c2[i] *= factor;
            }
        }
        return new PPoly(this, c2, order2, extrapolate);
    }

    /**
     * SciPy's {@code antiderivative(nu)}: the {@code nu}-th antiderivative, continuous with its first
     * {@code nu - 1} derivatives (zero at {@code x[0]}); {@code 'periodic'} extrapolation becomes false.
     * A negative {@code nu} is {@link #derivative(int)}.
     */
    public PPoly antiderivative(int nu) {
        if (nu <= 0) {
            return derivative(-nu);
        }
        int m = pieces();
        int cols = columns();
        int order2 = order + nu;
        double[] c2 = new double[order2 * m * cols];
        for (int q = 0; q < order; q++) {
            double factor = poch(order - q, nu);
            for (int i = 0; i < m * cols; i++) {
                c2[q * m * cols + i] = c[q * m * cols + i] / factor;
            }
        }
        // fix_continuity: each piece's lowest nu coefficients from the previous piece's value at its end
        int fixOrder = nu - 1;
        for (int ip = 1; ip < x.length - 1; ip++) {
            double xval = x[ip];
            int interval = ip - 1;
            for (int jp = 0; jp < cols; jp++) {
                for (int dx = fixOrder; dx >= 0; dx--) {
                    double res = PolyMath.evalPoly1(xval - x[interval], c2, order2, m, cols, interval, jp, dx);
                    for (int kp = 0; kp < dx; kp++) {
                        res /= kp + 1;
                    }
                    c2[((order2 - dx - 1) * m + ip) * cols + jp] = res;
                }
            }
        }
        return new PPoly(this, c2, order2, extrapolate == Extrapolate.PERIODIC ? Extrapolate.FALSE : extrapolate);
    }

    /** SciPy's {@code integrate(a, b)} with this polynomial's extrapolation: one value per column, shape {@link #valueShape()}. */
    public HostArray integrate(double a, double b) {
        return integrate(a, b, extrapolate);
    }

    /** SciPy's {@code integrate(a, b, extrapolate)}: the definite integral over {@code [a, b]} (negated for {@code b < a}). */
    public HostArray integrate(double a, double b, Extrapolate extrapolate) {
        Checks.notNull(extrapolate, "extrapolate");
        int cols = columns();
        double sign = 1;
        if (b < a) {
            double t = a;
            a = b;
            b = t;
            sign = -1;
        }
        double[] range = new double[cols];
        if (extrapolate == Extrapolate.PERIODIC) {
            double xs = x[0];
            double xe = x[x.length - 1];
            double period = xe - xs;
            double interval = b - a;
            double[] dm = PolyMath.pyDivmod(interval, period);
            double nPeriods = dm[0];
            double left = dm[1];
            if (nPeriods > 0) {
                integrateInto(xs, xe, false, range);
                for (int j = 0; j < cols; j++) {
                    range[j] *= nPeriods;
                }
            }
            a = xs + PolyMath.floorRemainder(a - xs, period);
            b = a + left;
            double[] rem = new double[cols];
            if (b <= xe) {
                integrateInto(a, b, false, rem);
                add(range, rem);
            } else {
                integrateInto(a, xe, false, rem);
                add(range, rem);
                integrateInto(xs, xs + left + a - xe, false, rem);
                add(range, rem);
            }
        } else {
            integrateInto(a, b, extrapolate == Extrapolate.TRUE, range);
        }
        for (int j = 0; j < cols; j++) {
            range[j] *= sign;
        }
        return new HostArray(DType.FLOAT64, trailing.clone(), range);
    }

    private static void add(double[] to, double[] v) {
        for (int j = 0; j < to.length; j++) {
            to[j] += v[j];
        }
    }

    private void integrateInto(double a, double b, boolean extrapolate, double[] out) {
        int m = pieces();
        int cols = columns();
        if (!(b >= a)) {
            throw new IllegalArgumentException("integrate: the bounds are not in order (" + a + ", " + b + ")");
        }
        int start = PolyMath.findInterval(x, a, extrapolate);
        int end = PolyMath.findInterval(x, b, extrapolate);
        if (start < 0 || end < 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return;
        }
        for (int jp = 0; jp < cols; jp++) {
            double vtot = 0;
            for (int interval = start; interval <= end; interval++) {
                double vb = interval == end
                        ? PolyMath.evalPoly1(b - x[interval], c, order, m, cols, interval, jp, -1)
                        : PolyMath.evalPoly1(x[interval + 1] - x[interval], c, order, m, cols, interval, jp, -1);
                double va = interval == start
                        ? PolyMath.evalPoly1(a - x[interval], c, order, m, cols, interval, jp, -1)
                        : PolyMath.evalPoly1(0, c, order, m, cols, interval, jp, -1);
                vtot += vb - va;
            }
            out[jp] = vtot;
        }
    }

    /** SciPy's {@code roots()}: {@link #solve(double, boolean, Extrapolate)} of 0 with discontinuities reported. */
    public double[][] roots() {
        return solve(0.0, true, extrapolate);
    }

    /**
     * SciPy's {@code solve(y, discontinuity, extrapolate)}: the real solutions of {@code S(v) == y},
     * one array per column of the values (a piece identically equal to {@code y} gives its start and
     * NaN). As SciPy's code has it, {@code 'periodic'} counts as true here.
     */
    public double[][] solve(double y, boolean discontinuity, Extrapolate extrapolate) {
        Checks.notNull(extrapolate, "extrapolate");
        boolean ext = extrapolate != Extrapolate.FALSE;
        int m = pieces();
        int cols = columns();
        double[][] all = new double[cols][];
        double[] wr = new double[order];
        double[] wi = new double[order];
        double lastRoot = Double.NaN;
        for (int jp = 0; jp < cols; jp++) {
            List<Double> cur = new ArrayList<>();
            for (int interval = 0; interval < m; interval++) {
                if (interval > 0 && discontinuity) {
                    double va = PolyMath.evalPoly1(x[interval] - x[interval - 1], c, order, m, cols, interval - 1, jp, 0) - y;
                    double vb = PolyMath.evalPoly1(0, c, order, m, cols, interval, jp, 0) - y;
                    if ((va < 0 && vb > 0) || (va > 0 && vb < 0)) {
                        if (x[interval] != lastRoot) {
                            lastRoot = x[interval];
                            cur.add(lastRoot);
                        }
                    }
                }
                int k = PolyMath.croots(c, order, m, cols, interval, jp, y, wr, wi);
                if (k == -1) {
                    if (x[interval] == x[interval + 1]) {
                        if (x[interval] != lastRoot) {
                            lastRoot = x[interval];
                            cur.add(x[interval]);
                        }
                    } else {
                        cur.add(x[interval]);
                        cur.add(Double.NaN);
                        lastRoot = Double.NaN;
                    }
                    continue;
                }
                for (int i = 0; i < k; i++) {
                    if (wi[i] != 0) {
                        continue;
                    }
                    double f = PolyMath.evalPoly1(wr[i], c, order, m, cols, interval, jp, 0) - y;
                    double df = PolyMath.evalPoly1(wr[i], c, order, m, cols, interval, jp, 1);
                    if (df != 0) {
                        double dx = f / df;
                        if (Math.abs(dx) < Math.abs(wr[i])) {
                            wr[i] = wr[i] - dx;
                        }
                    }
                    wr[i] += x[interval];
                    if (interval == 0 && ext) {
                        if (!(wr[i] <= x[interval + 1])) {
                            continue;
                        }
                    } else if (interval == m - 1 && ext) {
                        if (!(wr[i] >= x[interval])) {
                            continue;
                        }
                    } else if (!(x[interval] <= wr[i] && wr[i] <= x[interval + 1])) {
                        continue;
                    }
                    if (wr[i] != lastRoot) {
                        lastRoot = wr[i];
                        cur.add(lastRoot);
                    }
                }
            }
            double[] r = new double[cur.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = cur.get(i);
            }
            all[jp] = r;
        }
        return all;
    }

    /** {@code poch(a, n)} of integers: {@code a (a + 1) ... (a + n - 1)}. */
    static double poch(int a, int n) {
        double r = 1;
        for (int i = 0; i < n; i++) {
            r *= a + i;
        }
        return r;
    }
}
