package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sciaccel.conformance.MinpackScipyValues.*;

import org.junit.jupiter.api.Test;
import org.sciaccel.optimize.CurveFitOptions;
import org.sciaccel.optimize.CurveFitResult;
import org.sciaccel.optimize.LeastsqResult;
import org.sciaccel.optimize.Optimize;

/**
 * SciPy's own MINPACK tests (scipy/optimize/tests/test_minpack.py: TestLeastSq, TestCurveFit) whose
 * model a Java function expresses, run through {@link Optimize#leastsq} and
 * {@link Optimize#curveFit(Optimize.ModelFunction, double[], double[], double[], CurveFitOptions)}
 * and compared with everything SciPy 1.10.1 returns for them ({@link MinpackScipyValues}, written by
 * conformance/golden/fit/minpack_scipy_values.py): not only SciPy's own assertions but the same
 * iterates, as both run MINPACK's lmdif. A model of +, −, × only is evaluated bit for bit as NumPy
 * does, so the whole path is SciPy's: the same evaluation count, ier and message, popt and pcov to
 * {@link #POPT} and {@link #PCOV}. A model with exp, pow or log is not: Java's Math differs from
 * the C library's in the last bit now and then, and the forward difference (step √ε·|x|) turns a
 * last-bit difference of f into one of ~1e-8 of the Jacobian, so the iterates drift apart by that
 * much; those are held to {@link #POPT_TRANSCENDENTAL} and {@link #PCOV_TRANSCENDENTAL}.
 */
class MinpackConformanceTest {
    /** popt against SciPy's, relative to each value, for models of +, −, × (the same arithmetic). */
    static final double POPT = 1e-12;
    /** pcov against SciPy's, relative to the matrix's largest element, for the same models. */
    static final double PCOV = 1e-11;
    /** popt for models with exp, pow, log: the forward differences' sensitivity to the last bit of f. */
    static final double POPT_TRANSCENDENTAL = 2e-8;
    /** pcov for models with exp, pow, log. */
    static final double PCOV_TRANSCENDENTAL = 1e-6;

    static void close(double[] want, double[] got, double rel, String what) {
        assertEquals(want.length, got.length, what + ": length");
        for (int k = 0; k < want.length; k++) {
            if (Double.isInfinite(want[k])) {
                assertEquals(want[k], got[k], what + "[" + k + "]");
            } else {
                assertEquals(want[k], got[k], rel * Math.abs(want[k]), what + "[" + k + "]");
            }
        }
    }

    static void closeMatrix(double[] want, double[] got, double rel, String what) {
        assertEquals(want.length, got.length, what + ": length");
        double scale = 0;
        for (double v : want) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int k = 0; k < want.length; k++) {
            if (Double.isInfinite(want[k])) {
                assertEquals(want[k], got[k], what + "[" + k + "]");
            } else {
                assertEquals(want[k], got[k], rel * scale, what + "[" + k + "]");
            }
        }
    }

    static double[] ones(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1);
        return p;
    }

    /** A curve_fit case of a +, −, × model against SciPy's popt, pcov and nfev. */
    static CurveFitResult fit(String what, Optimize.ModelFunction f, double[] x, double[] y, double[] p0,
            CurveFitOptions o, double[] popt, double[] pcov, int nfev) {
        CurveFitResult r = Optimize.curveFit(f, x, y, p0, o);
        close(popt, r.popt(), POPT, what + " popt");
        closeMatrix(pcov, r.pcov(), PCOV, what + " pcov");
        assertEquals(nfev, r.nfev(), what + " nfev");
        return r;
    }

    /** A curve_fit case of a model with exp, pow or log against SciPy's popt and pcov. */
    static CurveFitResult fitTranscendental(String what, Optimize.ModelFunction f, double[] x, double[] y,
            double[] p0, CurveFitOptions o, double[] popt, double[] pcov) {
        CurveFitResult r = Optimize.curveFit(f, x, y, p0, o);
        close(popt, r.popt(), POPT_TRANSCENDENTAL, what + " popt");
        closeMatrix(pcov, r.pcov(), PCOV_TRANSCENDENTAL, what + " pcov");
        return r;
    }

    static Optimize.Residuals quadratic() {
        return (p, out) -> {
            for (int i = 0; i < LSQ_X.length; i++) {
                double x = LSQ_X[i];
                out[i] = LSQ_Y[i] - (p[0] * (x * x) + p[1] * x + p[2]);
            }
        };
    }

    @Test
    void leastsqBasicAndFullOutput() {
        LeastsqResult r = Optimize.leastsq(quadratic(), new double[3], LSQ_X.length, 0);
        // SciPy's test_basic: ier in 1..4 and the coefficients to 2 decimals; here everything
        assertEquals(LSQ_BASIC_IER, r.ier());
        assertEquals(LSQ_BASIC_MESG, r.mesg());
        assertEquals(LSQ_BASIC_NFEV, r.nfev());
        close(LSQ_BASIC_X, r.x(), POPT, "x");
        // assert_array_almost_equal(params_fit, abc, decimal=2): |difference| < 1.5e-2
        assertEquals(3.1, r.x()[0], 1.5e-2);
        assertEquals(42, r.x()[1], 1.5e-2);
        assertEquals(-304.2, r.x()[2], 1.5e-2);
        closeMatrix(LSQ_BASIC_COV_X, r.covX(), PCOV, "cov_x");
        closeMatrix(LSQ_BASIC_FVEC, r.fvec(), 1e-8, "fvec");
        closeMatrix(LSQ_BASIC_FJAC, r.fjac(), 1e-9, "fjac");
        closeMatrix(LSQ_BASIC_QTF, r.qtf(), 1e-8, "qtf");
        assertArrayEquals(LSQ_BASIC_IPVT, r.ipvt());
    }

    @Test
    void leastsqAtTheEvaluationCapIsIer5WithoutCovariance() {
        LeastsqResult r = Optimize.leastsq(quadratic(), new double[3], LSQ_X.length, 10);
        assertEquals(LSQ_CAP_IER, r.ier());
        assertEquals(LSQ_CAP_MESG, r.mesg());
        assertEquals(LSQ_CAP_NFEV, r.nfev());
        close(LSQ_CAP_X, r.x(), POPT, "x");
        assertNull(r.covX());
    }

    @Test
    void leastsqRefusesMoreParametersThanResiduals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimize.leastsq((p, out) -> out[0] = p[0] + p[1], new double[2], 1, 0));
        assertTrue(e.getMessage().contains("func input vector length N=2 must not exceed func output vector length M=1"),
                e.getMessage());
    }

    @Test
    void oneAndTwoArguments() {
        double[] x = {1.0, 2.0, 3.0, 4.0};
        double[] y = {1.0, 3.2, 9.5, 13.7};
        CurveFitResult one = fitTranscendental("one argument", (t, p) -> Math.pow(t, p[0]), x, y, ones(1), null,
                ONE_ARG_POPT, ONE_ARG_PCOV);
        assertEquals(1.9149, one.popt()[0], 1.5e-4);
        assertEquals(0.0016, one.pcov()[0], 1.5e-4);
        CurveFitResult two = fitTranscendental("two arguments", (t, p) -> p[1] * Math.pow(t, p[0]), x, y, ones(2),
                null, TWO_ARG_POPT, TWO_ARG_PCOV);
        // SciPy's assertions, assert_array_almost_equal(..., decimal=4): |difference| < 1.5e-4
        assertEquals(1.7989, two.popt()[0], 1.5e-4, "popt (SciPy's test)");
        assertEquals(1.1642, two.popt()[1], 1.5e-4, "popt (SciPy's test)");
        double[] pcov = {0.0852, -0.1260, -0.1260, 0.1912};
        for (int k = 0; k < 4; k++) {
            assertEquals(pcov[k], two.pcov()[k], 1.5e-4, "pcov (SciPy's test)");
        }
    }

    static double doubleGauss(double x, double[] p) {
        double d0 = x - p[0];
        double d1 = x - p[1];
        double s2 = 2. * (p[4] * p[4]);
        return p[2] * Math.exp(-(d0 * d0) / s2) + p[3] * Math.exp(-(d1 * d1) / s2) + p[5];
    }

    @Test
    void regression2639() {
        double[] x = {574.14200000000005, 574.154, 574.16499999999996, 574.17700000000002, 574.18799999999999,
            574.19899999999996, 574.21100000000001, 574.22199999999998, 574.23400000000004, 574.245};
        double[] y = {859.0, 997.0, 1699.0, 2604.0, 2013.0, 1964.0, 2435.0, 1550.0, 949.0, 841.0};
        double[] guess = {574.1861428571428, 574.2155714285715, 1302.0, 1302.0, 0.0035019999999983615, 859.0};
        double[] good = {5.74177150e+02, 5.74209188e+02, 1.74187044e+03, 1.58646166e+03, 1.0068462e-02,
            8.57450661e+02};
        CurveFitResult r = fitTranscendental("regression 2639", MinpackConformanceTest::doubleGauss, x, y, guess,
                CurveFitOptions.options().maxfev(10000), R2639_POPT, R2639_PCOV);
        // SciPy's own assertion: assert_allclose(popt, good, rtol=1e-5)
        close(good, r.popt(), 1e-5, "popt vs good");
    }

    @Test
    void pcovScaledAbsoluteAndIndeterminate() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {1, 1, 5, 7, 8, 12};
        double[] s = {1, 2, 1, 2, 1, 2};
        double[] s3 = {3, 6, 3, 6, 3, 6};
        Optimize.ModelFunction lin = (t, p) -> p[0] * t + p[1];
        double[] p0 = {2, 0};
        CurveFitResult r = fit("sigma", lin, x, y, p0, CurveFitOptions.options().sigma(s), PCOV_REL_POPT, PCOV_REL_PCOV,
                PCOV_REL_NFEV);
        close(new double[] {0.20659803, 0.57204404}, r.perr(), 1e-3, "perr (SciPy's test)");
        fit("3·sigma", lin, x, y, p0, CurveFitOptions.options().sigma(s3), PCOV_REL3_POPT, PCOV_REL3_PCOV,
                PCOV_REL3_NFEV);
        r = fit("absolute sigma", lin, x, y, p0, CurveFitOptions.options().sigma(s).absoluteSigma(true), PCOV_ABS_POPT,
                PCOV_ABS_PCOV, PCOV_ABS_NFEV);
        close(new double[] {0.30714756, 0.85045308}, r.perr(), 1e-3, "perr (SciPy's test)");
        fit("absolute 3·sigma", lin, x, y, p0, CurveFitOptions.options().sigma(s3).absoluteSigma(true), PCOV_ABS3_POPT,
                PCOV_ABS3_PCOV, PCOV_ABS3_NFEV);
        // a parameter the model ignores: R singular, pcov all infinite (SciPy's OptimizeWarning)
        r = fit("flat", (t, p) -> p[0] * t, x, y, p0, CurveFitOptions.options().sigma(s), PCOV_FLAT_POPT,
                PCOV_FLAT_PCOV, PCOV_FLAT_NFEV);
        for (double v : r.pcov()) {
            assertEquals(Double.POSITIVE_INFINITY, v);
        }
        // as many points as parameters: no degrees of freedom, pcov all infinite
        r = fit("m = n", lin, new double[] {0, 1}, new double[] {1, 1}, p0, null, PCOV_TWO_POPT, PCOV_TWO_PCOV,
                PCOV_TWO_NFEV);
        for (double v : r.pcov()) {
            assertEquals(Double.POSITIVE_INFINITY, v);
        }
        fit("indeterminate", (t, p) -> p[0] * t, new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5.5, 6},
                ones(2), null, INDETERMINATE_POPT, INDETERMINATE_PCOV, INDETERMINATE_NFEV);
    }

    @Test
    void arrayLikeMethodAndDtypes() {
        Optimize.ModelFunction lin = (t, p) -> p[0] * t + p[1];
        CurveFitResult r = fit("array like", lin, new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9}, ones(2), null,
                ARRAY_LIKE_POPT, ARRAY_LIKE_PCOV, ARRAY_LIKE_NFEV);
        assertEquals(2, r.popt()[0], 1e-10);
        assertEquals(1, r.popt()[1], 1e-10);
        Optimize.ModelFunction decay = (t, p) -> p[0] * Math.exp(-p[1] * t);
        double[] y = new double[METHOD_X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = decay.value(METHOD_X[i], new double[] {2, 2});
        }
        r = fitTranscendental("method lm", decay, METHOD_X, y, ones(2), CurveFitOptions.options().method("lm"),
                METHOD_POPT, METHOD_PCOV);
        // assert_allclose(popt, [2., 2.]): rtol 1e-7
        assertEquals(2, r.popt()[0], 1e-7 * 2);
        assertEquals(2, r.popt()[1], 1e-7 * 2);
        double[] x = {-3, -2, -1, 0, 1, 2, 3, 4};
        r = fit("dtypes", lin, x, DTYPES_Y, ones(2), CurveFitOptions.options().method("lm"), DTYPES_POPT, DTYPES_PCOV,
                DTYPES_NFEV);
        for (double v : r.pcov()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void gh4555CovarianceIsSymmetricPositive() {
        double[] x = new double[GH4555_Y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        Optimize.ModelFunction f = (t, p) -> p[0] * Math.log(t + 1 + p[1]) + p[2] * Math.log(t + 1 + p[3]) + p[4];
        CurveFitResult r = Optimize.curveFit(f, x, GH4555_Y, ones(5), CurveFitOptions.options().maxfev(100000));
        int n = 5;
        double[] c = r.pcov();
        for (int i = 0; i < n; i++) {
            // SciPy's assertions: a positive diagonal and a symmetric matrix
            assertTrue(c[i * n + i] > 0, "diag " + i);
            for (int j = 0; j < n; j++) {
                assertEquals(c[j * n + i], c[i * n + j], 1e-7 * Math.abs(c[i * n + j]), "symmetric " + i + "," + j);
            }
        }
        // an ill-conditioned fit (SciPy's own run meets log of negatives on the way, and a flat
        // valley): the last bits of log steer it to a nearby point of the valley (popt 6e-4 from
        // SciPy's), so SciPy's assertions and the sum of squares, within 1e-6 of SciPy's, are checked
        double atScipy = 0;
        for (int i = 0; i < x.length; i++) {
            double d = f.value(x[i], GH4555_POPT) - GH4555_Y[i];
            atScipy += d * d;
        }
        assertEquals(atScipy, r.cost(), 1e-6 * atScipy, "the sum of squares");
    }

    @Test
    void gh4555bCovarianceFromLmdifsLastJacobian() {
        Optimize.ModelFunction f = (t, p) -> p[0] * Math.exp(-p[1] * t) + p[2];
        CurveFitResult r = fitTranscendental("gh4555b", f, GH4555B_X, GH4555B_Y, ones(3), null, GH4555B_POPT,
                GH4555B_PCOV);
        // SciPy's own reference (commit 1d80a2f), assert_allclose(res, ref, 2e-7)
        double[] ref = {+0.0158972536486215, 0.0069207183284242, -0.0007474400714749, +0.0069207183284242,
            0.0205057958128679, +0.0053997711275403, -0.0007474400714749, 0.0053997711275403, +0.0027833930320877};
        close(ref, r.pcov(), 2e-7, "pcov vs SciPy's reference");
    }

    @Test
    void lmThatDoesNotConvergeRaisesAsSciPy() {
        double[] x = {1, 2, 3, 4};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Optimize.curveFit((t, p) -> p[1] * Math.pow(t, p[0]), x, new double[] {1, 3.2, 9.5, 13.7}, ones(2),
                        CurveFitOptions.options().maxfev(5)));
        assertEquals("Optimal parameters not found: Number of calls to function has reached maxfev = 5.",
                e.getMessage());
    }
}
