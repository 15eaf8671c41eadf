package org.sciaccel.interpolate;

import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * The constructions of SciPy 1.10's cubic Hermite family ({@code CubicSpline}, {@code PchipInterpolator},
 * {@code Akima1DInterpolator}), on the host in float64: the slopes at the samples, then the Hermite
 * cubic of each piece.
 */
final class Splines1d {
    static final String CUBIC_SPLINE = "interpolate.CubicSpline";
    static final String PCHIP = "interpolate.PchipInterpolator";
    static final String AKIMA = "interpolate.Akima1DInterpolator";

    private Splines1d() {
    }

    /** SciPy's {@code prepare_input}: x, its differences, y with the axis in front (n x cols), the value shape. */
    static final class Samples {
        final double[] x;
        final double[] dx;
        final double[] y;
        final int n;
        final int cols;
        final int[] valueShape;
        final int axis;

        Samples(NDArray xa, NDArray ya, int axis) {
            Checks.notNull(ya, "y");
            this.x = Checks.vector(xa, "x");
            if (ya.dtype().isComplex()) {
                throw new IllegalArgumentException("y: complex values are not supported, got " + ya.dtype());
            }
            if (ya.ndim() == 0) {
                throw new IllegalArgumentException("y: must have at least one dimension, got a 0-d array");
            }
            int[] shape = ya.shape();
            this.axis = Checks.axis(axis, shape.length, "axis");
            this.n = x.length;
            if (n < 2) {
                throw new IllegalArgumentException("x: must contain at least 2 elements, got " + n);
            }
            if (shape[this.axis] != n) {
                throw new IllegalArgumentException("y: the length of y along axis=" + this.axis + " (" + shape[this.axis]
                        + ", shape " + Shapes.toString(shape) + ") doesn't match the length of x (" + n + ")");
            }
            for (double v : x) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("x: must contain only finite values, got " + v);
                }
            }
            double[] yv = Checks.values(ya.toHost());
            for (double v : yv) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("y: must contain only finite values, got " + v);
                }
            }
            this.dx = new double[n - 1];
            for (int i = 0; i < n - 1; i++) {
                dx[i] = x[i + 1] - x[i];
                if (!(dx[i] > 0)) {
                    throw new IllegalArgumentException("x: must be a strictly increasing sequence; x[" + i + "] = " + x[i]
                            + " and x[" + (i + 1) + "] = " + x[i + 1]);
                }
            }
            this.valueShape = Checks.without(shape, this.axis);
            this.cols = (int) Shapes.size(valueShape);
            this.y = Checks.moveToFront(yv, shape, this.axis);
        }

        double y(int i, int j) {
            return y[i * cols + j];
        }

        /** {@code diff(y) / dx}, {@code (n - 1) x cols}. */
        double[] slopes() {
            double[] s = new double[(n - 1) * cols];
            for (int i = 0; i < n - 1; i++) {
                for (int j = 0; j < cols; j++) {
                    s[i * cols + j] = (y(i + 1, j) - y(i, j)) / dx[i];
                }
            }
            return s;
        }
    }

    /** {@code CubicHermiteSpline(x, y, dydx)}'s coefficients as a PPoly. */
    static PPoly hermite(Samples s, double[] dydx, Extrapolate extrapolate, String op) {
        int n = s.n;
        int cols = s.cols;
        int m = n - 1;
        double[] slope = s.slopes();
        double[] c = new double[4 * m * cols];
        for (int i = 0; i < m; i++) {
            double h = s.dx[i];
            for (int j = 0; j < cols; j++) {
                double sl = slope[i * cols + j];
                double d0 = dydx[i * cols + j];
                double d1 = dydx[(i + 1) * cols + j];
                double t = (d0 + d1 - 2 * sl) / h;
                c[(0 * m + i) * cols + j] = t / h;
                c[(1 * m + i) * cols + j] = (sl - d0) / h - t;
                c[(2 * m + i) * cols + j] = d0;
                c[(3 * m + i) * cols + j] = s.y(i, j);
            }
        }
        return new PPoly(c, s.x, 4, s.valueShape, s.axis, extrapolate, op);
    }

    static PPoly cubicSpline(NDArray x, NDArray y, int axis, BoundaryCondition start, BoundaryCondition end,
            Extrapolate extrapolate) {
        Checks.notNull(start, "bc_type");
        Checks.notNull(end, "bc_type");
        Samples s = new Samples(x, y, axis);
        boolean periodic = start.kind() == BoundaryCondition.Kind.PERIODIC || end.kind() == BoundaryCondition.Kind.PERIODIC;
        if (periodic && start.kind() != end.kind()) {
            throw new IllegalArgumentException("bc_type: 'periodic' is defined for both curve ends and cannot be used"
                    + " with other boundary conditions (got " + start + ", " + end + ")");
        }
        int n = s.n;
        int cols = s.cols;
        if (periodic) {
            for (int j = 0; j < cols; j++) {
                double a = s.y(0, j);
                double b = s.y(n - 1, j);
                if (!(Math.abs(a - b) <= 1e-15 + 1e-15 * Math.abs(b))) {
                    throw new IllegalArgumentException("bc_type: the first and last y point along axis " + s.axis
                            + " must be identical (within machine precision) when bc_type='periodic' (" + a + " and " + b
                            + ")");
                }
            }
        }
        double[] startValues = start.kind() == BoundaryCondition.Kind.DERIVATIVE ? start.values(cols, s.valueShape) : null;
        double[] endValues = end.kind() == BoundaryCondition.Kind.DERIVATIVE ? end.values(cols, s.valueShape) : null;
        if (extrapolate == null) {
            extrapolate = periodic ? Extrapolate.PERIODIC : Extrapolate.TRUE;
        }
        double[] dx = s.dx;
        double[] xs = s.x;
        double[] slope = s.slopes();
        int startOrder = start.order();
        int endOrder = end.order();
        BoundaryCondition.Kind startKind = start.kind();
        BoundaryCondition.Kind endKind = end.kind();
        if (n == 2) {
            // not-a-knot and periodic: the slope of the one piece at both ends
            if (startKind != BoundaryCondition.Kind.DERIVATIVE) {
                startKind = BoundaryCondition.Kind.DERIVATIVE;
                startOrder = 1;
                startValues = java.util.Arrays.copyOf(slope, cols);
            }
            if (endKind != BoundaryCondition.Kind.DERIVATIVE) {
                endKind = BoundaryCondition.Kind.DERIVATIVE;
                endOrder = 1;
                endValues = java.util.Arrays.copyOf(slope, cols);
            }
        }
        double[] sOut = new double[n * cols];
        if (n == 3 && startKind == BoundaryCondition.Kind.NOT_A_KNOT && endKind == BoundaryCondition.Kind.NOT_A_KNOT) {
            int kl = 2;
            int ku = 2;
            double[] a = new double[3 * PolyMath.bandWidth(kl, ku)];
            a[PolyMath.bandIndex(0, 0, kl, ku)] = 1;
            a[PolyMath.bandIndex(0, 1, kl, ku)] = 1;
            a[PolyMath.bandIndex(1, 0, kl, ku)] = dx[1];
            a[PolyMath.bandIndex(1, 1, kl, ku)] = 2 * (dx[0] + dx[1]);
            a[PolyMath.bandIndex(1, 2, kl, ku)] = dx[0];
            a[PolyMath.bandIndex(2, 1, kl, ku)] = 1;
            a[PolyMath.bandIndex(2, 2, kl, ku)] = 1;
            for (int j = 0; j < cols; j++) {
                sOut[j] = 2 * slope[j];
                sOut[cols + j] = 3 * (dx[0] * slope[cols + j] + dx[1] * slope[j]);
                sOut[2 * cols + j] = 2 * slope[cols + j];
            }
            PolyMath.solveBanded(a, 3, kl, ku, sOut, cols);
        } else if (n == 3 && startKind == BoundaryCondition.Kind.PERIODIC) {
            for (int j = 0; j < cols; j++) {
                double num = 0;
                double den = 0;
                for (int i = 0; i < n - 1; i++) {
                    num += slope[i * cols + j] / dx[i];
                }
                for (int i = 0; i < n - 1; i++) {
                    den += 1. / dx[i];
                }
                double t = num / den;
                for (int i = 0; i < n; i++) {
                    sOut[i * cols + j] = t;
                }
            }
        } else if (startKind == BoundaryCondition.Kind.PERIODIC) {
            periodicSlopes(s, slope, sOut);
        } else {
            double[] a = new double[n * PolyMath.bandWidth(1, 1)];
            double[] b = new double[n * cols];
            for (int i = 1; i < n - 1; i++) {
                a[PolyMath.bandIndex(i, i, 1, 1)] = 2 * (dx[i - 1] + dx[i]);
                a[PolyMath.bandIndex(i, i + 1, 1, 1)] = dx[i - 1];
                a[PolyMath.bandIndex(i, i - 1, 1, 1)] = dx[i];
                for (int j = 0; j < cols; j++) {
                    b[i * cols + j] = 3 * (dx[i] * slope[(i - 1) * cols + j] + dx[i - 1] * slope[i * cols + j]);
                }
            }
            if (startKind == BoundaryCondition.Kind.NOT_A_KNOT) {
                double d = xs[2] - xs[0];
                a[PolyMath.bandIndex(0, 0, 1, 1)] = dx[1];
                a[PolyMath.bandIndex(0, 1, 1, 1)] = d;
                for (int j = 0; j < cols; j++) {
                    b[j] = ((dx[0] + 2 * d) * dx[1] * slope[j] + dx[0] * dx[0] * slope[cols + j]) / d;
                }
            } else if (startOrder == 1) {
                a[PolyMath.bandIndex(0, 0, 1, 1)] = 1;
                a[PolyMath.bandIndex(0, 1, 1, 1)] = 0;
                System.arraycopy(startValues, 0, b, 0, cols);
            } else {
                a[PolyMath.bandIndex(0, 0, 1, 1)] = 2 * dx[0];
                a[PolyMath.bandIndex(0, 1, 1, 1)] = dx[0];
                for (int j = 0; j < cols; j++) {
                    b[j] = -0.5 * startValues[j] * (dx[0] * dx[0]) + 3 * (s.y(1, j) - s.y(0, j));
                }
            }
            int l = n - 1;
            if (endKind == BoundaryCondition.Kind.NOT_A_KNOT) {
                double d = xs[n - 1] - xs[n - 3];
                a[PolyMath.bandIndex(l, l, 1, 1)] = dx[n - 3];
                a[PolyMath.bandIndex(l, l - 1, 1, 1)] = d;
                for (int j = 0; j < cols; j++) {
                    b[l * cols + j] = (dx[n - 2] * dx[n - 2] * slope[(n - 3) * cols + j]
                            + (2 * d + dx[n - 2]) * dx[n - 3] * slope[(n - 2) * cols + j]) / d;
                }
            } else if (endOrder == 1) {
                a[PolyMath.bandIndex(l, l, 1, 1)] = 1;
                a[PolyMath.bandIndex(l, l - 1, 1, 1)] = 0;
                System.arraycopy(endValues, 0, b, l * cols, cols);
            } else {
                a[PolyMath.bandIndex(l, l, 1, 1)] = 2 * dx[n - 2];
                a[PolyMath.bandIndex(l, l - 1, 1, 1)] = dx[n - 2];
                for (int j = 0; j < cols; j++) {
                    b[l * cols + j] = 0.5 * endValues[j] * (dx[n - 2] * dx[n - 2]) + 3 * (s.y(n - 1, j) - s.y(n - 2, j));
                }
            }
            PolyMath.solveBanded(a, n, 1, 1, b, cols);
            sOut = b;
        }
        return hermite(s, sOut, extrapolate, CUBIC_SPLINE);
    }

    /** SciPy's periodic system: the cyclic tridiagonal system of size n - 1 by two banded solves. */
    private static void periodicSlopes(Samples s, double[] slope, double[] out) {
        int n = s.n;
        int cols = s.cols;
        double[] dx = s.dx;
        int size = n - 2; // the banded part Ac
        double[] a = new double[size * PolyMath.bandWidth(1, 1)];
        // rows 1 .. n-3 as the general system; row 0 replaced
        for (int i = 1; i < size; i++) {
            a[PolyMath.bandIndex(i, i, 1, 1)] = 2 * (dx[i - 1] + dx[i]);
            if (i + 1 < size) {
                a[PolyMath.bandIndex(i, i + 1, 1, 1)] = dx[i - 1];
            }
            a[PolyMath.bandIndex(i, i - 1, 1, 1)] = dx[i];
        }
        a[PolyMath.bandIndex(0, 0, 1, 1)] = 2 * (dx[n - 2] + dx[0]);
        if (size > 1) {
            a[PolyMath.bandIndex(0, 1, 1, 1)] = dx[n - 2];
        }
        double[] b = new double[(n - 1) * cols];
        for (int i = 1; i < n - 1; i++) {
            for (int j = 0; j < cols; j++) {
                b[i * cols + j] = 3 * (dx[i] * slope[(i - 1) * cols + j] + dx[i - 1] * slope[i * cols + j]);
            }
        }
        for (int j = 0; j < cols; j++) {
            b[j] = 3 * (dx[0] * slope[(n - 2) * cols + j] + dx[n - 2] * slope[j]);
            b[(n - 2) * cols + j] = 3 * (dx[n - 2] * slope[(n - 3) * cols + j] + dx[n - 3] * slope[(n - 2) * cols + j]);
        }
        double aM10 = dx[n - 3];
        double aM1M2 = dx[n - 2];
        double aM1M1 = 2 * (dx[n - 2] + dx[n - 3]);
        double aM2M1 = dx[n - 4 >= 0 ? n - 4 : 0];
        double a0M1 = dx[0];
        double[] s1 = java.util.Arrays.copyOf(b, size * cols);
        double[] s2 = new double[size * cols];
        for (int j = 0; j < cols; j++) {
            s2[j] = -a0M1;
            s2[(size - 1) * cols + j] = -aM2M1;
        }
        PolyMath.solveBanded(a.clone(), size, 1, 1, s1, cols);
        PolyMath.solveBanded(a, size, 1, 1, s2, cols);
        for (int j = 0; j < cols; j++) {
            double sM1 = (b[(n - 2) * cols + j] - aM10 * s1[j] - aM1M2 * s1[(size - 1) * cols + j])
                    / (aM1M1 + aM10 * s2[j] + aM1M2 * s2[(size - 1) * cols + j]);
            for (int i = 0; i < size; i++) {
                out[i * cols + j] = s1[i * cols + j] + sM1 * s2[i * cols + j];
            }
            out[(n - 2) * cols + j] = sM1;
            out[(n - 1) * cols + j] = out[j];
        }
    }

    static PPoly pchip(NDArray x, NDArray y, int axis, Extrapolate extrapolate) {
        Samples s = new Samples(x, y, axis);
        int n = s.n;
        int cols = s.cols;
        double[] hk = s.dx;
        double[] mk = s.slopes();
        double[] dk = new double[n * cols];
        if (n == 2) {
            for (int j = 0; j < cols; j++) {
                dk[j] = mk[j];
                dk[cols + j] = mk[j];
            }
        } else {
            for (int j = 0; j < cols; j++) {
                for (int i = 1; i < n - 1; i++) {
                    double m0 = mk[(i - 1) * cols + j];
                    double m1 = mk[i * cols + j];
                    boolean condition = Math.signum(m1) != Math.signum(m0) || m1 == 0 || m0 == 0;
                    if (condition) {
                        dk[i * cols + j] = 0.0;
                    } else {
                        double w1 = 2 * hk[i] + hk[i - 1];
                        double w2 = hk[i] + 2 * hk[i - 1];
                        double whmean = (w1 / m0 + w2 / m1) / (w1 + w2);
                        dk[i * cols + j] = 1.0 / whmean;
                    }
                }
                dk[j] = edgeCase(hk[0], hk[1], mk[j], mk[cols + j]);
                dk[(n - 1) * cols + j] = edgeCase(hk[n - 2], hk[n - 3], mk[(n - 2) * cols + j], mk[(n - 3) * cols + j]);
            }
        }
        return hermite(s, dk, extrapolate == null ? Extrapolate.TRUE : extrapolate, PCHIP);
    }

    private static double edgeCase(double h0, double h1, double m0, double m1) {
        double d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(m0)) {
            return 0.0;
        }
        if (Math.signum(m0) != Math.signum(m1) && Math.abs(d) > 3. * Math.abs(m0)) {
            return 3. * m0;
        }
        return d;
    }

    static PPoly akima(NDArray x, NDArray y, int axis) {
        Samples s = new Samples(x, y, axis);
        int n = s.n;
        if (n < 3) {
            throw new IllegalArgumentException("x: Akima1DInterpolator needs at least 3 points, got " + n);
        }
        int cols = s.cols;
        double[] slope = s.slopes();
        int mm = n + 3;
        double[] m = new double[mm * cols];
        for (int i = 0; i < n - 1; i++) {
            System.arraycopy(slope, i * cols, m, (i + 2) * cols, cols);
        }
        for (int j = 0; j < cols; j++) {
            m[cols + j] = 2. * m[2 * cols + j] - m[3 * cols + j];
            m[j] = 2. * m[cols + j] - m[2 * cols + j];
            m[(mm - 2) * cols + j] = 2. * m[(mm - 3) * cols + j] - m[(mm - 4) * cols + j];
            m[(mm - 1) * cols + j] = 2. * m[(mm - 2) * cols + j] - m[(mm - 3) * cols + j];
        }
        double[] t = new double[n * cols];
        double[] f12 = new double[n * cols];
        double[] f1 = new double[n * cols];
        double[] f2 = new double[n * cols];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols; j++) {
                t[i * cols + j] = .5 * (m[(i + 3) * cols + j] + m[i * cols + j]);
                double a = Math.abs(m[(i + 3) * cols + j] - m[(i + 2) * cols + j]);
                double b = Math.abs(m[(i + 1) * cols + j] - m[i * cols + j]);
                f1[i * cols + j] = a;
                f2[i * cols + j] = b;
                f12[i * cols + j] = a + b;
                max = Math.max(max, a + b);
            }
        }
        double floor = 1e-9 * max;
        for (int i = 0; i < n * cols; i++) {
            if (f12[i] > floor) {
                int row = i / cols;
                int j = i % cols;
                t[i] = (f1[i] * m[(row + 1) * cols + j] + f2[i] * m[(row + 2) * cols + j]) / f12[i];
            }
        }
        return hermite(s, t, Extrapolate.FALSE, AKIMA);
    }
}
