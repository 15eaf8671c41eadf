package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.BoundaryCondition;
import org.sciaccel.interpolate.Extrapolate;
import org.sciaccel.interpolate.Interp1d;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.PPoly;

/**
 * The piecewise polynomials at many points (where the CPU backend splits the points across its pool
 * and searches from a guess, and the OpenCL backend runs one work-item per point): every backend
 * agrees with a plain search-and-Horner loop over the polynomial's own {@code c} and {@code x}; and
 * the Java API's derivative, integral and roots against values worked out by hand.
 */
class PiecewisePolyEvaluationTest {
    private static final int POINTS = 200_000;

    private static double[] randomPoints(int n, double lo, double hi, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = lo + r.nextDouble() * (hi - lo);
        }
        return p;
    }

    /** S(v) by a binary search and Horner's rule on {@code c} (order, m) and {@code x}, extrapolating. */
    private static double reference(double[] c, double[] x, int order, double v) {
        int m = x.length - 1;
        int lo = 0;
        int hi = m - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double s = v - x[lo];
        double r = c[lo];
        for (int q = 1; q < order; q++) {
            r = r * s + c[q * m + lo];
        }
        return r;
    }

    @Test
    void cubicSplineAtManyPointsMatchesAPlainLoopOnEveryBackend() {
        int n = 257;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(3);
        double at = -2;
        for (int i = 0; i < n; i++) {
            at += 0.01 + r.nextDouble() * 0.2;
            x[i] = at;
            y[i] = Math.sin(3 * at) + 0.1 * at;
        }
        double[] pts = randomPoints(POINTS, x[0] - 1, x[n - 1] + 1, 11);
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray xa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n}, x));
                    NDArray ya = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n}, y));
                    NDArray pa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {POINTS}, pts))) {
                PPoly s = Interpolate.cubicSpline(xa, ya, 0, BoundaryCondition.natural());
                double[] c = (double[]) s.c().data();
                double[] got;
                try (NDArray v = s.call(pa)) {
                    got = v.toDoubleArray();
                }
                for (int i = 0; i < POINTS; i++) {
                    double want = reference(c, s.x(), 4, pts[i]);
                    assertEquals(want, got[i], 1e-13 * Math.max(1, Math.abs(want)), name + ": point " + pts[i]);
                }
                // the periodic extrapolation folds every point into the range
                try (NDArray v = s.call(pa, 1, Extrapolate.PERIODIC)) {
                    double[] d = v.toDoubleArray();
                    for (double e : d) {
                        assertTrue(Double.isFinite(e), name);
                    }
                }
            }
        }
    }

    @Test
    void interp1dKindsAgreeAcrossBackendsAtManyPoints() {
        int n = 101;
        double[] x = new double[n];
        float[] y = new float[3 * n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5 + r.nextDouble() * 0.25;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) r.nextDouble();
        }
        double[] pts = randomPoints(POINTS, -3, 55, 17);
        String[] kinds = {"linear", "nearest", "nearest-up", "previous", "next", "zero", "slinear", "quadratic", "cubic"};
        for (String kind : kinds) {
            double[] first = null;
            String firstName = null;
            for (String name : TestBackends.available()) {
                Backend b = TestBackends.get(name);
                try (NDArray xa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n}, x));
                        NDArray ya = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {3, n}, y));
                        NDArray pa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {POINTS}, pts))) {
                    Interp1d f = Interpolate.interp1d(xa, ya, Interp1d.Options.defaults().kind(kind).axis(1)
                            .boundsError(false).fillValue(-1.0, 2.0));
                    try (NDArray v = f.call(pa)) {
                        assertArrayEquals(new int[] {3, POINTS}, v.shape(), kind);
                        double[] got = v.toDoubleArray();
                        if (first == null) {
                            first = got;
                            firstName = name;
                        } else {
                            for (int i = 0; i < got.length; i++) {
                                assertEquals(first[i], got[i], 1e-13 * Math.max(1, Math.abs(first[i])),
                                        kind + ": " + firstName + " against " + name + " at " + i);
                            }
                        }
                        // outside the samples, the fill values
                        for (int i = 0; i < POINTS; i++) {
                            if (pts[i] < x[0]) {
                                assertEquals(-1.0, got[i], 0.0, kind);
                            } else if (pts[i] > x[n - 1]) {
                                assertEquals(2.0, got[2 * POINTS + i], 0.0, kind);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void thePolynomialMethodsOfAKnownCubic() {
        Backend b = TestBackends.get(TestBackends.CPU);
        // S(v) = (v - 1)(v - 2)(v - 4) on [0, 3] in two pieces, given at the breakpoints 0, 1.5, 3
        double[] x = {0, 1.5, 3};
        double[] c = new double[4 * 2];
        for (int i = 0; i < 2; i++) {
            double a = x[i];
            // Taylor coefficients at a of v^3 - 7 v^2 + 14 v - 8
            c[i] = 1;
            c[2 + i] = 3 * a - 7;
            c[4 + i] = 3 * a * a - 14 * a + 14;
            c[6 + i] = a * a * a - 7 * a * a + 14 * a - 8;
        }
        try (NDArray ca = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {4, 2}, c));
                NDArray xa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {3}, x))) {
            PPoly p = Interpolate.ppoly(ca, xa);
            double[][] roots = p.roots();
            assertArrayEquals(new double[] {1, 2, 4}, roots[0], 1e-12);
            // integral of S over [0, 3]: [v^4/4 - 7 v^3/3 + 7 v^2 - 8 v] = 81/4 - 63 + 63 - 24
            assertEquals(81.0 / 4 - 24, p.integrate(0, 3).getDouble(0), 1e-12);
            assertEquals(-(81.0 / 4 - 24), p.integrate(3, 0).getDouble(0), 1e-12);
            PPoly d = p.derivative(1);
            try (NDArray at = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {2}, new double[] {0.5, 2.5}));
                    NDArray v = d.call(at); NDArray w = p.antiderivative(1).call(at, 1)) {
                double[] dv = v.toDoubleArray();
                assertEquals(3 * 0.25 - 14 * 0.5 + 14, dv[0], 1e-12);
                assertEquals(3 * 6.25 - 14 * 2.5 + 14, dv[1], 1e-12);
                double[] wv = w.toDoubleArray();
                assertEquals(0.5 * 0.5 * 0.5 - 7 * 0.25 + 7 - 8, wv[0], 1e-12);
            }
            assertThrows(IllegalArgumentException.class, () -> p.call(xa, -1));
        }
    }

    @Test
    void theLectureNotesInverseSineIsPiAtZero() {
        // 20 points on [0, 2 pi], those strictly between pi/2 and 3 pi/2, x = sin t increasing
        Backend b = TestBackends.get(TestBackends.CPU);
        java.util.List<Double> ts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double t = 2 * Math.PI * i / 19;
            if (t > Math.PI / 2 && t < 3 * Math.PI / 2) {
                ts.add(t);
            }
        }
        int n = ts.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double t = ts.get(n - 1 - i);
            x[i] = Math.sin(t);
            y[i] = t;
        }
        try (NDArray xa = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n}, x));
                NDArray ya = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {n}, y));
                NDArray zero = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {}, new double[] {0.0}));
                NDArray v = Interpolate.cubicSpline(xa, ya).call(zero)) {
            assertEquals(3.141592653589793, v.toDoubleArray()[0], 1e-15);
        }
    }

    @Test
    void theReadmeExampleGivesSciPysNumbers() {
        // SciPy 1.10: interp1d(x, y, kind='cubic', bounds_error=False)(x_new), CubicSpline(bc_type='natural')
        NDArray x = NDArray.of(new double[] {0, 1, 2, 3, 4, 5}, 6);
        NDArray y = NDArray.of(new double[] {0, 0.8, 0.9, 0.1, -0.8, -1.0}, 6);
        NDArray xNew = NDArray.of(new double[] {0.5, 2.25, 4.75}, 3);
        Interp1d f = Interpolate.interp1d(x, y, Interp1d.Options.defaults().kind("cubic")
                .boundsError(false).fillValue(Double.NaN));
        try (NDArray v = f.call(xNew)) {
            assertArrayEquals(new double[] {0.4583333333333334, 0.7651041666666667, -1.0557291666666666},
                    v.toDoubleArray(), 1e-14);
        }
        PPoly s = Interpolate.cubicSpline(x, y, 0, BoundaryCondition.natural());
        try (NDArray d = s.call(xNew, 1)) {
            assertArrayEquals(new double[] {0.8320574162679426, -0.6523325358851675, -0.053050239234449625},
                    d.toDoubleArray(), 1e-14);
        }
        assertEquals(0.5789473684210528, s.integrate(0, 5).getDouble(0), 1e-14);
        assertArrayEquals(new double[] {-2.690502921416229, 0.0, 3.0962604132836167}, s.roots()[0], 1e-13);
        x.close();
        y.close();
        xNew.close();
    }
}
