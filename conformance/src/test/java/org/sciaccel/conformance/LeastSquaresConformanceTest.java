package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sciaccel.conformance.LeastSquaresScipyValues.*;
import static org.sciaccel.conformance.MinpackConformanceTest.close;
import static org.sciaccel.conformance.MinpackConformanceTest.closeMatrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Warnings;
import org.sciaccel.optimize.CurveFitOptions;
import org.sciaccel.optimize.CurveFitResult;
import org.sciaccel.optimize.Optimize;

/**
 * curve_fit through SciPy's least_squares algorithms (trust region reflective and dogbox, with the
 * '2-point', '3-point' and 'cs' differences or an analytic Jacobian, bounds, 1-D and 2-D sigma,
 * the default start) and through lmder, with Java models, against everything SciPy 1.10.1 returns
 * for the same calls ({@link LeastSquaresScipyValues}, written by
 * conformance/golden/fit/least_squares_scipy_values.py): the evaluation count, status and message
 * (the same path), popt and pcov. The models are of +, ×, /, √ (evaluated bit for bit as NumPy
 * does), but one of sin; the SVD is not LAPACK's and the dot products are not OpenBLAS's, and a
 * last-bit difference of an iterate becomes one of ~1e-8 of a difference Jacobian, so popt agrees to
 * {@link MinpackConformanceTest#POPT_TRANSCENDENTAL} and pcov to
 * {@link MinpackConformanceTest#PCOV_TRANSCENDENTAL}, the bounds of iterates that drift by that much.
 */
class LeastSquaresConformanceTest {
    static final double POPT = MinpackConformanceTest.POPT_TRANSCENDENTAL;
    static final double PCOV = MinpackConformanceTest.PCOV_TRANSCENDENTAL;

    /**
     * a/(1 + b·x) at DECAY_X, also at complex parameters (for jac='cs', with NumPy's complex
     * division: Smith's scaling by the larger part of the denominator).
     */
    static final Optimize.ComplexVectorModel RATIONAL = new Optimize.ComplexVectorModel() {
        @Override
        public double[] values(double[] p) {
            double[] out = new double[DECAY_X.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = p[0] / (1 + p[1] * DECAY_X[i]);
            }
            return out;
        }

        @Override
        public double[] complexValues(double[] re, double[] im) {
            double[] out = new double[2 * DECAY_X.length];
            for (int i = 0; i < DECAY_X.length; i++) {
                double dr = 1 + re[1] * DECAY_X[i];
                double di = im[1] * DECAY_X[i];
                double nr = re[0];
                double ni = im[0];
                if (Math.abs(dr) >= Math.abs(di)) {
                    double rat = di / dr;
                    double scl = 1.0 / (dr + di * rat);
                    out[2 * i] = (nr + ni * rat) * scl;
                    out[2 * i + 1] = (ni - nr * rat) * scl;
                } else {
                    double rat = dr / di;
                    double scl = 1.0 / (di + dr * rat);
                    out[2 * i] = (nr * rat + ni) * scl;
                    out[2 * i + 1] = (ni * rat - nr) * scl;
                }
            }
            return out;
        }
    };

    static final Optimize.Jacobian RATIONAL_JAC = p -> {
        double[][] j = new double[DECAY_X.length][];
        for (int i = 0; i < j.length; i++) {
            double d = 1 + p[1] * DECAY_X[i];
            j[i] = new double[] {1 / d, -p[0] * DECAY_X[i] / (d * d)};
        }
        return j;
    };

    static final Optimize.VectorModel HYPERBOLA = p -> {
        double b2 = (p[0] + p[1]) / 2;
        double b1 = (p[1] - p[0]) / 2;
        double[] out = new double[HYPERBOLA_X.length];
        for (int i = 0; i < out.length; i++) {
            double d = HYPERBOLA_X[i] - p[2];
            out[i] = p[3] + b1 * d + b2 * Math.sqrt(d * d + p[4] * p[4] / 4);
        }
        return out;
    };

    static final Optimize.VectorModel SIN = p -> {
        double[] out = new double[SIN_X.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sin(SIN_X[i] + p[0]);
        }
        return out;
    };

    static double[] sinY() {
        double[] y = new double[SIN_X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(SIN_X[i]);
        }
        return y;
    }

    static CurveFitOptions opt() {
        return CurveFitOptions.options();
    }

    static double[] covariance() {
        int m = DECAY_X.length;
        double[] c = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = Math.max(0, i - 1); j <= Math.min(m - 1, i + 1); j++) {
                c[i * m + j] = DECAY_SIGMA[i] * (i == j ? 1 : 0.3) * DECAY_SIGMA[j];
            }
        }
        return c;
    }

    static void check(String what, CurveFitResult r, double[] popt, double[] pcov, int nfev, int ier, String mesg) {
        close(popt, r.popt(), POPT, what + " popt");
        closeMatrix(pcov, r.pcov(), PCOV, what + " pcov");
        assertEquals(nfev, r.nfev(), what + " nfev");
        assertEquals(ier, r.info().ier(), what + " ier");
        assertEquals(mesg, r.info().mesg(), what + " mesg");
    }

    /** curve_fit(rational, DECAY_X, DECAY_Y, ...) without p0: SciPy's default start (ones, or the middle of bounds). */
    static void pathAndTestTolerance(String what, CurveFitResult r, double[] popt, int nfev) {
        assertEquals(nfev, r.nfev(), what + " nfev");
        assertTrue(r.info().ier() >= 1 && r.info().ier() <= 4, what + " ier " + r.info().ier());
        for (int k = 0; k < popt.length; k++) {
            assertEquals(popt[k], r.popt()[k], 2e-5, what + " popt[" + k + "] (test_dtypes2's atol)");
        }
    }

    static CurveFitResult rational(CurveFitOptions o) {
        return Optimize.curveFit(RATIONAL, DECAY_Y, 2, o);
    }

    @Test
    void trustRegionReflectiveAndDogboxWithEveryJacobian() {
        check("trf", rational(opt().method("trf")), TRF_POPT, TRF_PCOV, TRF_NFEV, TRF_IER, TRF_MESG);
        check("dogbox", rational(opt().method("dogbox")), DOGBOX_POPT, DOGBOX_PCOV, DOGBOX_NFEV, DOGBOX_IER, DOGBOX_MESG);
        check("trf 3-point", rational(opt().method("trf").jac("3-point")), TRF_3POINT_POPT, TRF_3POINT_PCOV,
                TRF_3POINT_NFEV, TRF_3POINT_IER, TRF_3POINT_MESG);
        check("dogbox 3-point", rational(opt().method("dogbox").jac("3-point")), DOGBOX_3POINT_POPT, DOGBOX_3POINT_PCOV,
                DOGBOX_3POINT_NFEV, DOGBOX_3POINT_IER, DOGBOX_3POINT_MESG);
        check("trf cs", rational(opt().method("trf").jac("cs")), TRF_CS_POPT, TRF_CS_PCOV, TRF_CS_NFEV, TRF_CS_IER,
                TRF_CS_MESG);
        check("dogbox cs", rational(opt().method("dogbox").jac("cs")), DOGBOX_CS_POPT, DOGBOX_CS_PCOV, DOGBOX_CS_NFEV,
                DOGBOX_CS_IER, DOGBOX_CS_MESG);
        check("trf jac", rational(opt().method("trf").jac(RATIONAL_JAC)), TRF_JAC_POPT, TRF_JAC_PCOV, TRF_JAC_NFEV,
                TRF_JAC_IER, TRF_JAC_MESG);
        check("dogbox jac", rational(opt().method("dogbox").jac(RATIONAL_JAC)), DOGBOX_JAC_POPT, DOGBOX_JAC_PCOV,
                DOGBOX_JAC_NFEV, DOGBOX_JAC_IER, DOGBOX_JAC_MESG);
    }

    @Test
    void lmderWithAJacobian() {
        CurveFitResult r = rational(opt().method("lm").jac(RATIONAL_JAC));
        check("lm jac", r, LM_JAC_POPT, LM_JAC_PCOV, LM_JAC_NFEV, LM_JAC_IER, LM_JAC_MESG);
        assertTrue(r.info().njev() > 0, "njev");
        check("lm jac sigma", rational(opt().jac(RATIONAL_JAC).sigma(DECAY_SIGMA)), LM_JAC_SIGMA_POPT, LM_JAC_SIGMA_PCOV,
                LM_JAC_SIGMA_NFEV, LM_JAC_SIGMA_IER, LM_JAC_SIGMA_MESG);
    }

    @Test
    void boundsSigmaAndCovariance() {
        double[] lb = {0, 0};
        double[] ub = {2.4, 3};
        check("trf bounded", rational(opt().bounds(lb, ub)), TRF_BOUNDED_POPT, TRF_BOUNDED_PCOV, TRF_BOUNDED_NFEV,
                TRF_BOUNDED_IER, TRF_BOUNDED_MESG);
        check("dogbox bounded", rational(opt().bounds(lb, ub).method("dogbox")), DOGBOX_BOUNDED_POPT,
                DOGBOX_BOUNDED_PCOV, DOGBOX_BOUNDED_NFEV, DOGBOX_BOUNDED_IER, DOGBOX_BOUNDED_MESG);
        check("trf bounded 3-point", rational(opt().bounds(lb, ub).jac("3-point")), TRF_BOUNDED_3POINT_POPT,
                TRF_BOUNDED_3POINT_PCOV, TRF_BOUNDED_3POINT_NFEV, TRF_BOUNDED_3POINT_IER, TRF_BOUNDED_3POINT_MESG);
        check("dogbox bounded jac", rational(opt().bounds(lb, ub).method("dogbox").jac(RATIONAL_JAC)),
                DOGBOX_BOUNDED_JAC_POPT, DOGBOX_BOUNDED_JAC_PCOV, DOGBOX_BOUNDED_JAC_NFEV, DOGBOX_BOUNDED_JAC_IER,
                DOGBOX_BOUNDED_JAC_MESG);
        check("trf sigma", rational(opt().method("trf").sigma(DECAY_SIGMA)), TRF_SIGMA_POPT, TRF_SIGMA_PCOV,
                TRF_SIGMA_NFEV, TRF_SIGMA_IER, TRF_SIGMA_MESG);
        check("dogbox absolute sigma", rational(opt().method("dogbox").sigma(DECAY_SIGMA).absoluteSigma(true)),
                DOGBOX_SIGMA_ABS_POPT, DOGBOX_SIGMA_ABS_PCOV, DOGBOX_SIGMA_ABS_NFEV, DOGBOX_SIGMA_ABS_IER,
                DOGBOX_SIGMA_ABS_MESG);
        check("lm 2-D sigma", rational(opt().sigmaCovariance(covariance())), LM_COV_POPT, LM_COV_PCOV, LM_COV_NFEV,
                LM_COV_IER, LM_COV_MESG);
        check("trf 2-D sigma", rational(opt().method("trf").sigmaCovariance(covariance())), TRF_COV_POPT, TRF_COV_PCOV,
                TRF_COV_NFEV, TRF_COV_IER, TRF_COV_MESG);
        check("trf 2-D sigma jac", rational(opt().method("trf").sigmaCovariance(covariance()).jac(RATIONAL_JAC)),
                TRF_COV_JAC_POPT, TRF_COV_JAC_PCOV, TRF_COV_JAC_NFEV, TRF_COV_JAC_IER, TRF_COV_JAC_MESG);
    }

    @Test
    void defaultStartFromTheBounds() {
        check("p0=None, bounds ([0, 0], [5, 3])",
                Optimize.curveFit(RATIONAL, DECAY_Y, 2, opt().bounds(new double[] {0, 0}, new double[] {5, 3})),
                DEFAULT_START_POPT, DEFAULT_START_PCOV, DEFAULT_START_NFEV, DEFAULT_START_IER, DEFAULT_START_MESG);
        check("p0=None, half bounded", Optimize.curveFit(RATIONAL, DECAY_Y, 2, opt().bounds(
                new double[] {1, Double.NEGATIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY, 2})),
                HALF_BOUNDED_START_POPT, HALF_BOUNDED_START_PCOV, HALF_BOUNDED_START_NFEV, HALF_BOUNDED_START_IER,
                HALF_BOUNDED_START_MESG);
    }

    @Test
    void scipysOwnBoundedCases() {
        double[] p0 = {-2.5 / 3.0, 4 / 3.0, 1.0, -4.0, 0.5};
        double[] lb = {-3.0, 0.0, -2.0, -10.0, 0.0};
        double[] ub = {0.0, 3.0, 3.0, 0.0, 10.0};
        // test_dtypes2's fit is ill-conditioned along its path: SciPy itself, with gesvd in place of
        // gesdd, moves trf's third iterate by 1.8e-4 and dogbox's stop by 5e-9. Its data are exact,
        // so the final cost is rounding, and whether ftol's test dF < ftol·F holds beside xtol's is
        // too. So here the evaluations are SciPy's, the status a success, and popt is held to the
        // test's own assert_allclose(popt_32, popt_64, atol=2e-5).
        CurveFitResult trf = Optimize.curveFit(HYPERBOLA, HYPERBOLA_Y, p0, opt().bounds(lb, ub).absoluteSigma(true));
        pathAndTestTolerance("hyperbola trf", trf, HYPERBOLA_TRF_POPT, HYPERBOLA_TRF_NFEV);
        CurveFitResult dogbox = Optimize.curveFit(HYPERBOLA, HYPERBOLA_Y, p0,
                opt().bounds(lb, ub).method("dogbox").absoluteSigma(true));
        pathAndTestTolerance("hyperbola dogbox", dogbox, HYPERBOLA_DOGBOX_POPT, HYPERBOLA_DOGBOX_NFEV);
        double[] s0 = {2.1 * Math.PI};
        double[] sl = {-3 * Math.PI};
        double[] su = {3 * Math.PI};
        check("sin trf", Optimize.curveFit(SIN, sinY(), s0, opt().bounds(sl, su).absoluteSigma(true)), SIN_TRF_POPT, SIN_TRF_PCOV,
                SIN_TRF_NFEV, SIN_TRF_IER, SIN_TRF_MESG);
        check("sin dogbox", Optimize.curveFit(SIN, sinY(), s0,
                opt().bounds(sl, su).method("dogbox").absoluteSigma(true)), SIN_DOGBOX_POPT,
                SIN_DOGBOX_PCOV, SIN_DOGBOX_NFEV, SIN_DOGBOX_IER, SIN_DOGBOX_MESG);
    }

    @Test
    void theEvaluationCapRaisesAsSciPy() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> rational(opt().method("trf").maxfev(3)));
        assertEquals(CAP_MESSAGE, e.getMessage());
    }

    @Test
    void badInputIsRefusedWithSciPysMessages() {
        double[] lb = {0, 0};
        double[] ub = {2.4, 3};
        assertMessage("Method 'lm' only works for unconstrained problems", () -> rational(opt().bounds(lb, ub).method("lm")));
        assertMessage("`method` must be 'trf', 'dogbox' or 'lm'.", () -> rational(opt().method("unknown")));
        assertMessage("`jac` must be '2-point', '3-point', 'cs' or callable.", () -> rational(opt().method("trf").jac("4-point")));
        assertMessage("jac='cs'", () -> Optimize.curveFit(SIN, sinY(), new double[] {1}, opt().method("trf").jac("cs")));
        assertMessage("`x0` is infeasible", () -> Optimize.curveFit(RATIONAL, DECAY_Y, new double[] {3, 1},
                opt().bounds(lb, ub)));
        assertMessage("Each lower bound must be strictly less than each upper bound",
                () -> Optimize.curveFit(RATIONAL, DECAY_Y, new double[] {1, 1}, opt().bounds(new double[] {0, 1},
                        new double[] {2, 1}).method("trf")));
        assertMessage("The return value of `jac` has wrong shape: expected (50, 2), actual (50, 3).",
                () -> rational(opt().method("dogbox").jac(p -> new double[DECAY_X.length][3])));
        double[] notPositive = covariance();
        notPositive[0] = -1;
        assertMessage("`sigma` must be positive definite.", () -> rational(opt().sigmaCovariance(notPositive)));
        assertMessage("`sigma` has incorrect shape", () -> rational(opt().sigma(new double[] {1, 2})));
        double[] nan = DECAY_Y.clone();
        nan[3] = Double.NaN;
        assertMessage("array must not contain infs or NaNs",
                () -> Optimize.curveFit(RATIONAL, nan, new double[] {1, 1}, opt()));
        assertMessage("`ydata` must not be empty!", () -> Optimize.curveFit(p -> new double[0], new double[0],
                new double[] {1}, opt()));
        assertMessage("Unable to determine number of fit parameters.", () -> Optimize.curveFit(RATIONAL, DECAY_Y, 0, opt()));
        assertMessage("The number of func parameters=3 must not exceed the number of data points=2",
                () -> Optimize.curveFit(p -> new double[] {p[0], p[1]}, new double[] {1, 2}, new double[3], opt()));
        assertMessage("operands could not be broadcast together",
                () -> Optimize.curveFit(p -> new double[] {p[0], p[1], 1}, new double[] {1, 2}, new double[2], opt()));
    }

    @Test
    void broadcastsOneYValueAndWarnsOfAnIndeterminateCovariance() {
        // test_broadcast_y: ydata=0 against the model's ten values, as numpy broadcasts f(x) - ydata
        Optimize.VectorModel shifted = p -> {
            double[] out = new double[10];
            for (int i = 0; i < 10; i++) {
                out[i] = p[0] * i * i + p[1] * i - (4.7 * i * i + 3.5 * i);
            }
            return out;
        };
        for (String method : new String[] {"lm", "trf", "dogbox"}) {
            CurveFitResult one = Optimize.curveFit(shifted, new double[] {0}, new double[] {1, 1}, opt().method(method));
            CurveFitResult ten = Optimize.curveFit(shifted, new double[10], new double[] {1, 1}, opt().method(method));
            closeMatrix(ten.pcov(), one.pcov(), PCOV, method + " pcov");
            close(new double[] {4.7, 3.5}, one.popt(), POPT, method + " popt");
        }
        // test_pcov: as many points as parameters, pcov infinite with SciPy's OptimizeWarning, for every method
        for (String method : new String[] {"lm", "trf", "dogbox"}) {
            try (Warnings.Collector w = Warnings.collect()) {
                CurveFitResult r = Optimize.curveFit(p -> new double[] {p[0] * 0 + p[1], p[0] + p[1]},
                        new double[] {1, 1}, new double[] {2, 0}, opt().method(method));
                for (double v : r.pcov()) {
                    assertEquals(Double.POSITIVE_INFINITY, v, method);
                }
                List<Warnings.Warning> got = w.warnings();
                assertEquals(List.of(new Warnings.Warning(Warnings.Category.OPTIMIZE,
                        "Covariance of the parameters could not be estimated")), got, method);
            }
        }
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
    }
}
