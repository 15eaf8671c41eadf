package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.BSpline;
import org.sciaccel.interpolate.SplineBoundaryCondition;
import org.sciaccel.interpolate.Extrapolate;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.RegularGridInterpolator;

/**
 * What the golden runner cannot reach through the CLI ops: BSpline's derivative, antiderivative,
 * integrate and basis_element against SciPy 1.10.1's values (printed by SciPy for these knots and
 * coefficients), make_lsq_spline's Schoenberg-Whitney failure as SciPy's LinAlgError, an interpolator
 * called again with another method, and the bad-input messages, on every backend.
 */
class InterpolateBSplineTest {
    private static final double[] T = {0, 0, 0, 0, 0.7, 1.1, 2.0, 2.2, 3, 3, 3, 3};
    private static final double[] C = {0.3, -1.2, 0.8, 2.0, -0.5, 1.1, 0.4, -0.9};
    private static final double[] X = {-0.4, 0.2, 1.05, 2.1, 2.9, 3.6};

    private static void close(double[] expected, double[] got, double rel) {
        assertEquals(expected.length, got.length, "length");
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], rel * Math.max(1, scale), "element " + i);
        }
    }

    private static double[] eval(Backend b, BSpline s, double[] x) {
        try (NDArray xs = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, x.length));
                NDArray r = s.call(xs)) {
            return r.toDoubleArray();
        }
    }

    @TestFactory
    Stream<DynamicTest> splineMethodsMatchScipy() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            tests.add(DynamicTest.dynamicTest(name + ": derivative(2)", () -> {
                BSpline d = BSpline.of(T, C, 3).derivative(2);
                assertEquals(1, d.k());
                assertArrayEquals(new double[] {0, 0, 0.7, 1.1, 2, 2.2, 3, 3}, d.t(), 0);
                close(new double[] {33.9517625231911, -6.644628099173553, -10.46153846153846, 13.684210526315786,
                    -9.25263157894737, -6.937500000000005, 0, 0}, d.c(), 1e-13);
                close(new double[] {57.1497000216852, 22.35279377394405, -9.984424666242846, 2.2157894736842083,
                    -7.226891447368426, -5.201151315789482}, eval(b, d, X), 1e-12);
            }));
            tests.add(DynamicTest.dynamicTest(name + ": antiderivative()", () -> {
                BSpline a = BSpline.of(T, C, 3).antiderivative();
                assertEquals(4, a.k());
                assertEquals(14, a.t().length);
                close(new double[] {0, 0.0525, -0.2775, 0.1225, 1.2225000000000001, 0.9350000000000002, 1.4575, 1.5575,
                    1.3775000000000002, 1.3775000000000002, 1.3775000000000002, 1.3775000000000002,
                    1.3775000000000002, 1.3775000000000002}, a.c(), 1e-13);
                close(new double[] {-1.0582990145290705, -0.02716873479025614, 0.41490136118616244, 1.1346537280701756,
                    1.4442933079769738, -0.274122861842109}, eval(b, a, X), 1e-12);
            }));
            tests.add(DynamicTest.dynamicTest(name + ": basis_element", () -> {
                BSpline e = BSpline.basisElement(new double[] {0, 1, 2.5, 3}, Extrapolate.TRUE);
                assertArrayEquals(new double[] {-1, -1, 0, 1, 2.5, 3, 4, 4}, e.t(), 0);
                close(new double[] {0.1, 0.65, 0.0899999999999999, 0.25}, eval(b, e, new double[] {0.5, 1.5, 2.7, 3.5}),
                        1e-13);
            }));
        }
        return tests.stream();
    }

    @Test
    void bisectionFindsTheIntervalOfTheLocalitySearch() {
        java.util.Random rnd = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int k = rnd.nextInt(6);
            int len = 2 * k + 2 + rnd.nextInt(12);
            double[] t = new double[len];
            for (int i = 1; i < len; i++) {
                t[i] = t[i - 1] + (rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(4) * 0.5);
            }
            t[len - 1] += 1;
            int prev = k;
            for (int q = 0; q < 50; q++) {
                double x = (rnd.nextInt(4) == 0 ? t[rnd.nextInt(len)] : -1 + rnd.nextDouble() * (t[len - 1] + 2));
                boolean ext = rnd.nextBoolean();
                int linear = org.sciaccel.interpolate.BSplineBasis.findInterval(t, k, x, prev, ext);
                assertEquals(linear, org.sciaccel.interpolate.BSplineBasis.findIntervalBisect(t, k, x, ext),
                        "k=" + k + " x=" + x + " t=" + java.util.Arrays.toString(t));
                prev = linear < 0 ? k : linear;
            }
        }
    }

    @Test
    void designMatrixMatchesScipy() {
        double[] t = {0, 0, 0, 0.7, 1.1, 2.0, 3, 3, 3};
        double[][] expected = {{1.0, 0.0, 0.0, 0.0, 0.0, 0.0},
            {0.08163265306122446, 0.5936920222634509, 0.3246753246753247, 0.0, 0.0, 0.0},
            {0.0, 0.0, 0.6923076923076922, 0.30769230769230776, 0.0, 0.0},
            {0.0, 0.0, 0.0, 0.005263157894736852, 0.1847368421052633, 0.8099999999999998},
            {0.0, 0.0, 0.0, 0.0, 0.0, 1.0}};
        double[][] got = BSpline.designMatrix(new double[] {0.0, 0.5, 1.1, 2.9, 3.0}, t, 2, Extrapolate.FALSE);
        for (int i = 0; i < expected.length; i++) {
            close(expected[i], got[i], 1e-14);
        }
        double[][] ext = BSpline.designMatrix(new double[] {-0.5, 3.4}, t, 2, Extrapolate.TRUE);
        close(new double[] {2.938775510204082, -2.2634508348794062, 0.3246753246753247, 0.0, 0.0, 0.0}, ext[0], 1e-14);
        close(new double[] {0.0, 0.0, 0.0, 0.08421052631578944, -1.0442105263157893, 1.9599999999999997}, ext[1], 1e-14);
        double[][] per = BSpline.designMatrix(new double[] {-0.5, 3.4}, t, 2, Extrapolate.PERIODIC);
        close(new double[] {0.0, 0.0, 0.0, 0.13157894736842105, 0.618421052631579, 0.25}, per[0], 1e-14);
        close(new double[] {0.18367346938775517, 0.608534322820037, 0.2077922077922077, 0.0, 0.0, 0.0}, per[1], 1e-14);
        assertMessage("x:", () -> BSpline.designMatrix(new double[] {3.5}, t, 2, Extrapolate.FALSE));
        assertMessage("t:", () -> BSpline.designMatrix(new double[] {0.5}, new double[] {0, 1, 2}, 2, Extrapolate.FALSE));
    }

    /** Random splines and grids: every backend gives the CPU backend's values (the same arithmetic). */
    @Test
    void everyBackendEvaluatesAsTheCpu() {
        java.util.Random rnd = new java.util.Random(3);
        Backend cpu = TestBackends.get(TestBackends.CPU);
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            for (int trial = 0; trial < 12; trial++) {
                int k = new int[] {0, 1, 2, 3, 5}[rnd.nextInt(5)];  // not-a-knot knots need k != 4
                int n = k + 2 + rnd.nextInt(20);
                double[] x = new double[n];
                for (int i = 1; i < n; i++) {
                    x[i] = x[i - 1] + 0.1 + rnd.nextDouble();
                }
                int m = 1 + rnd.nextInt(3);
                double[] y = new double[n * m];
                for (int i = 0; i < y.length; i++) {
                    y[i] = rnd.nextGaussian();
                }
                int npts = 1 + rnd.nextInt(300);
                double[] p = new double[npts];
                for (int i = 0; i < npts; i++) {
                    p[i] = -1 + rnd.nextDouble() * (x[n - 1] + 2);
                }
                Extrapolate e = Extrapolate.values()[rnd.nextInt(3)];
                int nu = rnd.nextInt(k + 1);
                BSpline s;
                try (NDArray xs = NDArray.fromHost(cpu, HostArray.fromDoubles(x, DType.FLOAT64, n));
                        NDArray ys = NDArray.fromHost(cpu, HostArray.fromDoubles(y, DType.FLOAT64, n, m))) {
                    s = Interpolate.makeInterpSpline(xs, ys, k, null, SplineBoundaryCondition.none(), 0);
                }
                DType pt = rnd.nextBoolean() ? DType.FLOAT32 : DType.FLOAT64;
                try (NDArray pc = NDArray.fromHost(cpu, HostArray.fromDoubles(p, pt, npts));
                        NDArray pb = NDArray.fromHost(b, HostArray.fromDoubles(p, pt, npts));
                        NDArray rc = s.call(pc, nu, e); NDArray rb = s.call(pb, nu, e)) {
                    assertArrayEquals(rc.toDoubleArray(), rb.toDoubleArray(), 1e-12 * (1 + maxAbs(rc.toDoubleArray())),
                            name + " trial " + trial);
                }
                int nd = 1 + rnd.nextInt(3);
                double[][] grid = new double[nd][];
                int[] shape = new int[nd + 1];
                int size = m;
                for (int d = 0; d < nd; d++) {
                    int len = 1 + rnd.nextInt(6);
                    grid[d] = new double[len];
                    for (int i = 1; i < len; i++) {
                        grid[d][i] = grid[d][i - 1] + 0.2 + rnd.nextDouble();
                    }
                    if (rnd.nextBoolean()) {
                        for (int i = 0; i < len / 2; i++) {
                            double tmp = grid[d][i];
                            grid[d][i] = grid[d][len - 1 - i];
                            grid[d][len - 1 - i] = tmp;
                        }
                    }
                    shape[d] = len;
                    size *= len;
                }
                shape[nd] = m;
                double[] v = new double[size];
                for (int i = 0; i < size; i++) {
                    v[i] = rnd.nextGaussian();
                }
                double[] q = new double[npts * nd];
                for (int i = 0; i < q.length; i++) {
                    q[i] = -0.5 + rnd.nextDouble() * 7;
                }
                DType vt = rnd.nextBoolean() ? DType.FLOAT32 : DType.FLOAT64;
                String method = rnd.nextBoolean() ? "linear" : "nearest";
                Double fill = rnd.nextBoolean() ? null : 0.25;
                try (NDArray vc = NDArray.fromHost(cpu, HostArray.fromDoubles(v, vt, shape));
                        NDArray vb = NDArray.fromHost(b, HostArray.fromDoubles(v, vt, shape));
                        NDArray qc = NDArray.fromHost(cpu, HostArray.fromDoubles(q, DType.FLOAT64, npts, nd));
                        NDArray qb = NDArray.fromHost(b, HostArray.fromDoubles(q, DType.FLOAT64, npts, nd));
                        NDArray gc = Interpolate.interpn(grid, vc, qc, method, false, fill);
                        NDArray gb = Interpolate.interpn(grid, vb, qb, method, false, fill)) {
                    assertEquals(gc.dtype(), gb.dtype());
                    assertArrayEquals(gc.toDoubleArray(), gb.toDoubleArray(), 1e-12 * (1 + maxAbs(gc.toDoubleArray())),
                            name + " grid trial " + trial);
                }
            }
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.max(m, Math.abs(d));
            }
        }
        return m;
    }

    @Test
    void integrateMatchesScipy() {
        BSpline s = BSpline.of(T, C, 3);
        assertEquals(1.4362685283042613, s.integrate(0.3, 2.5)[0], 1e-13);
        assertEquals(-12.95955710985258, s.integrate(2.5, -1.0)[0], 1e-12);
        assertEquals(1.3775000000000002, s.integrate(-1.0, 4.0, Extrapolate.FALSE)[0], 1e-13);
        BSpline p = BSpline.of(T, C, new int[] {C.length}, 3, Extrapolate.PERIODIC, 0);
        assertEquals(3.775810166441746, p.integrate(-1.0, 7.3)[0], 1e-12);
        assertEquals(1.5415645895710754, p.integrate(0.5, 2.9)[0], 1e-13);
        assertEquals(-0.08668723297621253, p.integrate(2.5, 3.4)[0], 1e-13);
    }

    @Test
    void derivativeAboveTheDegreeIsRefusedAndEvaluatesToZero() {
        BSpline s = BSpline.of(T, C, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.derivative(4));
        assertTrue(e.getMessage().startsWith("nu:"), e.getMessage());
        Backend b = TestBackends.get(TestBackends.CPU);
        try (NDArray xs = NDArray.fromHost(b, HostArray.fromDoubles(X, DType.FLOAT64, X.length));
                NDArray r = s.call(xs, 4)) {
            assertArrayEquals(new double[X.length], r.toDoubleArray(), 0);
        }
        try (NDArray xs = NDArray.of(X, X.length)) {
            assertThrows(IllegalArgumentException.class, () -> s.call(xs, -1));
        }
    }

    @TestFactory
    Stream<DynamicTest> schoenbergWhitneyFailureIsScipysLinAlgError() {
        List<DynamicTest> tests = new ArrayList<>();
        double[] x = new double[40];
        for (int i = 0; i < 20; i++) {
            x[i] = 0.9 * i / 19;
            x[20 + i] = 1.1 + 2.9 * i / 19;
        }
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = Math.sin(x[i]);
        }
        double[] t = {0, 0, 0, 0, 1.0, 1.0001, 1.0002, 1.0003, 1.0004, 4, 4, 4, 4};
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                long live = b.liveAllocations();
                try (NDArray xs = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, 40));
                        NDArray ys = NDArray.fromHost(b, HostArray.fromDoubles(y, DType.FLOAT64, 40));
                        NDArray ts = NDArray.fromHost(b, HostArray.fromDoubles(t, DType.FLOAT64, t.length))) {
                    LinAlgException e = assertThrows(LinAlgException.class, () -> Interpolate.makeLsqSpline(xs, ys, ts, 3));
                    assertEquals("5-th leading minor not positive definite", e.getMessage());
                }
                assertEquals(live, b.liveAllocations());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anInterpolatorTakesAnotherMethodPerCall() {
        List<DynamicTest> tests = new ArrayList<>();
        double[][] grid = {{0, 1, 2, 3}, {0, 0.5, 1, 1.5, 2}};
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = Math.sin(i * 0.7) + i * 0.1;
        }
        double[] xi = {0.3, 0.2, 2.6, 1.9, 1.5, 1.25};
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                try (NDArray values = NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, 4, 5));
                        NDArray pts = NDArray.fromHost(b, HostArray.fromDoubles(xi, DType.FLOAT64, 3, 2));
                        RegularGridInterpolator rgi = new RegularGridInterpolator(grid, values)) {
                    try (NDArray lin = rgi.call(pts); NDArray near = rgi.call(pts, "nearest");
                            NDArray lin2 = Interpolate.interpn(grid, values, pts, "linear", true, Double.NaN);
                            NDArray near2 = Interpolate.interpn(grid, values, pts, "nearest", true, Double.NaN)) {
                        assertArrayEquals(lin2.toDoubleArray(), lin.toDoubleArray(), 0);
                        assertArrayEquals(near2.toDoubleArray(), near.toDoubleArray(), 0);
                        // nearest of (0.3, 0.2) is grid point (0, 0); of (1.5, 1.25): norm distances 0.5 round down
                        assertEquals(v[0], near.toDoubleArray()[0], 0);
                        assertEquals(v[1 * 5 + 2], near.toDoubleArray()[2], 0);
                    }
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> rgi.call(pts, "quintic"));
                    assertTrue(e.getMessage().contains("points"), e.getMessage());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void badInputNamesTheParameter() {
        double[] x = {0, 1, 2, 3, 4};
        NDArray xs = NDArray.of(x, 5);
        NDArray ys = NDArray.of(new double[] {1, 2, 0, 1, 3}, 5);
        assertMessage("k:", () -> Interpolate.makeInterpSpline(xs, ys, 4));
        assertMessage("bc_type:", () -> Interpolate.makeInterpSpline(xs, ys, 3, null,
                SplineBoundaryCondition.of(List.of(SplineBoundaryCondition.Derivative.of(1, 0)), null), 0));
        assertMessage("axis:", () -> Interpolate.makeInterpSpline(xs, ys, 3, null, SplineBoundaryCondition.none(), 1));
        assertMessage("bc_type:", () -> SplineBoundaryCondition.parse("(clumped, natural)"));
        assertMessage("t:", () -> BSpline.of(new double[] {0, 0, 1, 0.5, 1, 1}, new double[] {1, 2, 3}, 2));
        try (NDArray pts = NDArray.of(x, 5); NDArray at = NDArray.of(new double[] {0.5}, 1)) {
            assertMessage("method:", () -> Interpolate.griddata(pts, ys, at, "quadratic"));
        }
        xs.close();
        ys.close();
    }

    private static void assertMessage(String prefix, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
