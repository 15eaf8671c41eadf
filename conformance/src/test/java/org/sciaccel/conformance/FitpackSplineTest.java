package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.Extrapolation;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.SplineFitOptions;
import org.sciaccel.interpolate.Tck;
import org.sciaccel.interpolate.UnivariateSpline;
import org.sciaccel.io.Npy;

/**
 * The FITPACK curves through the Java API: the lecture notes' Sprogø answers (data README 2.1 and 2.2)
 * on every backend, the spline object's methods (derivative, antiderivative, integral, roots,
 * set_smoothing_factor continuing from the knots found) against SciPy 1.10.1's numbers, and bad input.
 */
class FitpackSplineTest {
    private static final Path DIR = GoldenData.root().resolve("interpolate_fitpack");

    private static double[] npy(String name) {
        return Npy.read(DIR.resolve(name)).toDoubles();
    }

    @Test
    void sprogoCubicFiftyYearWindOnEveryBackend() {
        // p_i = i/22 in float32 and the sorted annual maxima, as the lecture computes them
        UnivariateSpline spl = Interpolate.univariateSpline(npy("sprogo-cubic_x.npy"), npy("sprogo-cubic_y.npy"),
                SplineFitOptions.defaults().k(3).s(21.0));
        assertEquals(32.97989825386221, spl.call(0.98));
        assertArrayEquals(new double[] {0.04545454680919647, 0.9545454382896423}, spl.getKnots());
        assertArrayEquals(new double[] {21.92486133855229, 29.320998336599217, 22.893011566202404,
            32.16359736001351}, spl.getCoeffs(), 1e-10 * 33);
        assertEquals(3.5543405035318463, spl.getResidual(), 1e-10 * 3.6);
        assertEquals(-2, spl.ier());
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray p = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0.98, 0.0, 0.5, 1.0},
                    DType.FLOAT64, 4)); NDArray v = spl.call(p)) {
                double[] got = v.toDoubleArray();
                assertEquals(32.97989825386221, got[0], 1e-10 * 33, name);
                assertEquals(20.708069458244697, got[1], 1e-10 * 33, name);
                assertEquals(26.341311074294982, got[2], 1e-10 * 33, name);
                assertEquals(33.67561547755815, got[3], 1e-10 * 33, name);
            }
        }
    }

    @Test
    void sprogoGumbelLinearSpline() {
        UnivariateSpline spl = Interpolate.univariateSpline(npy("sprogo-gumbel_x.npy"), npy("sprogo-cubic_y.npy"),
                SplineFitOptions.defaults().k(1));
        assertEquals(34.231061763922625, spl.call(3.9019386579358333), 1e-10 * 34.2);
        assertArrayEquals(new double[] {-1.128508448600769, 3.0678722858428955}, spl.getKnots());
        assertArrayEquals(new double[] {22.861301209547825, 32.34591423402805}, spl.getCoeffs(), 1e-10 * 32.3);
        assertEquals(5.032646242363615, spl.getResidual(), 1e-10 * 5.1);
    }

    private static UnivariateSpline damped() {
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = 10.0 * i / 29;
            y[i] = Math.sin(x[i]) * Math.exp(-0.1 * x[i]);
        }
        return Interpolate.univariateSpline(x, y, SplineFitOptions.defaults().k(3).s(0.05));
    }

    @Test
    void splineMethodsMatchScipy() {
        UnivariateSpline s = damped();
        assertArrayEquals(new double[] {0.0, 1.3793103448275863, 2.7586206896551726, 5.172413793103448,
            7.586206896551724, 10.0}, s.getKnots());
        assertEquals(0.05000429567406026, s.getResidual(), 1e-12);
        assertEquals(0.7711437355420039, s.integral(1.0, 8.5), 1e-12);
        assertArrayEquals(new double[] {0.0368686573631855, 3.131485921570517, 6.375808243266334, 9.383849000274466},
                s.roots(), 1e-11);
        assertArrayEquals(new double[] {0.8512720270285515, -0.48685846410330763, 0.03029656438397599},
                s.derivative().call(new double[] {0.5, 2.0, 7.7}), 1e-11);
        UnivariateSpline a = s.antiderivative(2);
        assertEquals(5, a.k());
        assertArrayEquals(new double[] {0.019505841339737543, 1.039889008230618, 7.084184402965584},
                a.call(new double[] {0.5, 2.0, 7.7}), 1e-11);
        assertTrue(Double.isNaN(a.getResidual()));
        // set_smoothing_factor continues from the knots found: a larger s afterwards keeps them
        s.setSmoothingFactor(0.01);
        double[] seven = {0.0, 1.3793103448275863, 2.7586206896551726, 4.137931034482759, 5.172413793103448,
            7.586206896551724, 10.0};
        assertArrayEquals(seven, s.getKnots());
        assertEquals(0.009998708630492998, s.getResidual(), 1e-13);
        assertEquals(-0.10160409404341823, s.call(3.3), 1e-12);
        s.setSmoothingFactor(1.0);
        assertArrayEquals(seven, s.getKnots());
        assertEquals(1.0000138470602622, s.getResidual(), 1e-12);
        assertEquals(-0.03197735359115027, s.call(3.3), 1e-12);
    }

    @Test
    void manyPointsOnEveryBackendEqualTheSequentialEvaluation() {
        int m = 40;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = 0.25 * i + 0.01 * Math.sin(7.0 * i);
            y[i] = Math.cos(x[i]) + 0.1 * Math.sin(3.1 * i);
        }
        int count = 60_001; // enough for the CPU pool's parallel split (its work threshold) at every degree
        double[] pts = new double[count];
        float[] pts32 = new float[count];
        for (int i = 0; i < count; i++) {
            pts[i] = -1.0 + 12.0 * ((i * 7919L) % count) / count;
            pts32[i] = (float) pts[i];
        }
        double[] wide32 = new double[count];
        for (int i = 0; i < count; i++) {
            wide32[i] = pts32[i];
        }
        for (int k = 1; k <= 5; k++) {
            UnivariateSpline spl = Interpolate.univariateSpline(x, y, SplineFitOptions.defaults().k(k).s(0.2));
            for (int nu : new int[] {0, 1, k}) {
                Extrapolation outside = k % 2 == 0 ? Extrapolation.ZEROS : Extrapolation.CONST;
                for (Extrapolation ext : new Extrapolation[] {Extrapolation.EXTRAPOLATE, outside}) {
                    double[] want = Interpolate.splev(pts, spl.tck(), nu, ext);
                    double[] want32 = Interpolate.splev(wide32, spl.tck(), nu, ext);
                    for (String name : TestBackends.available()) {
                        Backend b = TestBackends.get(name);
                        try (NDArray p = NDArray.fromHost(b, HostArray.fromDoubles(pts, DType.FLOAT64, count));
                                NDArray p32 = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {count},
                                        pts32));
                                NDArray v = spl.call(p, nu, ext); NDArray v32 = spl.call(p32, nu, ext)) {
                            assertEquals(DType.FLOAT64, v32.dtype());
                            assertArrayEquals(want, v.toDoubleArray(), name + " k=" + k + " nu=" + nu + " " + ext);
                            assertArrayEquals(want32, v32.toDoubleArray(), name + " float32 k=" + k + " nu=" + nu);
                        }
                    }
                }
            }
        }
    }

    @Test
    void badInputNamesTheParameter() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0, 1, 0, 1, 0, 1};
        assertMessage("x must be increasing", () -> Interpolate.univariateSpline(new double[] {0, 2, 1, 3, 4, 5}, y));
        assertMessage("k should be 1 <= k <= 5", () -> Interpolate.univariateSpline(x, y,
                SplineFitOptions.defaults().k(6)));
        assertMessage("s should be s >= 0.0", () -> Interpolate.univariateSpline(x, y,
                SplineFitOptions.defaults().s(-1.0)));
        assertMessage("w: x, y, and w should have a same length", () -> Interpolate.univariateSpline(x, y,
                SplineFitOptions.defaults().w(new double[] {1, 1})));
        assertMessage("m > k must hold", () -> Interpolate.univariateSpline(new double[] {0, 1, 2},
                new double[] {0, 1, 2}));
        assertMessage("x must be strictly increasing", () -> Interpolate.interpolatedUnivariateSpline(
                new double[] {0, 1, 1, 2, 3, 4}, y));
        assertMessage("Schoenberg-Whitney", () -> Interpolate.lsqUnivariateSpline(x, y, new double[] {3, 2}));
        assertMessage("ext: Unknown extrapolation mode", () -> Extrapolation.parse("sideways"));
        Tck tck = Interpolate.splrep(x, y);
        assertMessage("der: 0<=der=4<=k=3 must hold", () -> Interpolate.splev(new double[] {1}, tck, 4,
                Extrapolation.EXTRAPOLATE));
        assertMessage("Found x value not in the domain", () -> Interpolate.splev(new double[] {7}, tck, 0,
                Extrapolation.RAISE));
        for (String name : TestBackends.available()) {
            try (NDArray p = NDArray.fromHost(TestBackends.get(name), HostArray.fromDoubles(new double[] {1, 9},
                    DType.FLOAT64, 2))) {
                assertMessage("Found x value not in the domain", () -> Interpolate.splev(p, tck, 0,
                        Extrapolation.RAISE));
            }
        }
        assertMessage("x: null", () -> Interpolate.univariateSpline(null, y));
        assertMessage("options: null", () -> Interpolate.univariateSpline(x, y, (SplineFitOptions) null));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
