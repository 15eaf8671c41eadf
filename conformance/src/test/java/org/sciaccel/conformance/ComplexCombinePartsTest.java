package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code NdimageOps.combineParts} of complex parts on every backend, the end of SciPy's
 * generic_gradient_magnitude of complex data: NumPy's complex squares and sums, and {@code np.sqrt}
 * (C99's csqrt) with its branch cut, signed zeros, infinities and NaN, and inputs near the overflow and
 * underflow limits. Expected values are NumPy 1.24's ({@code /usr/bin/python3}; the expression is in
 * each comment).
 */
class ComplexCombinePartsTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    static List<String> backends() {
        return TestBackends.available();
    }

    /** np.sqrt of each value: {re, im} in, {re, im} expected. */
    private static final double[][] SQRT128 = {
        {3, 4, 2, 1}, {-3, 4, 1, 2}, {-3, -4, 1, -2}, {-4, 0, 0, 2}, {-4, -0.0, 0, -2}, {0, 0, 0, 0},
        {2, -0.0, 1.4142135623730951, -0.0}, {1e308, 1e308, 1.09868411346781e+154, 4.5508986056222734e+153},
        {1e-310, 2e-310, 1.272019649514067e-155, 7.861513777574221e-156},
        {-1e-320, -3e-321, 1.483269551570389e-161, -1.0109350883260712e-160},
        {INF, NAN, INF, NAN}, {-INF, 1, 0, INF}, {-INF, NAN, NAN, INF}, {NAN, 1, NAN, NAN}, {1, INF, INF, INF},
        {NAN, -INF, INF, -INF}, {NAN, NAN, NAN, NAN}, {0.5, -1e-20, 0.7071067811865476, -7.071067811865475e-21},
        {-1e300, 1e-300, 0, 1e150},
    };

    /**
     * The same for complex64 (the expected values are the float results, exactly); no subnormal input,
     * which an OpenCL device may flush to zero (single-precision denormals are optional there).
     */
    private static final double[][] SQRT64 = {
        {3, 4, 2, 1}, {-3, 4, 1, 2}, {-4, -0.0, 0, -2},
        {3e38, 3e38, 1.9029766711407542e+19, 7.882387864409866e+18},
        {3e-38, 2e-38, 1.8173540628823324e-19, 5.502504954870188e-20}, {-INF, NAN, NAN, INF},
        {0.5, -1e-20, 0.7071067690849304, -7.071067840291461e-21},
        {-7, 1e-3, 0.00018898224516306072, 2.6457512378692627},
    };

    @ParameterizedTest
    @MethodSource("backends")
    void principalSquareRoot(String name) {
        Backend b = TestBackends.get(name);
        check(b, DType.COMPLEX128, SQRT128, 2);
        check(b, DType.COMPLEX64, SQRT64, 1);
    }

    private static void check(Backend b, DType t, double[][] cases, int ulps) {
        TestBackends.assumeSupports(b, t);
        double[] in = new double[2 * cases.length];
        for (int i = 0; i < cases.length; i++) {
            in[2 * i] = cases[i][0];
            in[2 * i + 1] = cases[i][1];
        }
        try (NDArray z = array(b, t, in);
                NDArray r = b.ndimage().combineParts(new NDArray[] {z}, false, true)) {
            assertEquals(t, r.dtype());
            double[] got = values(r);
            for (int i = 0; i < cases.length; i++) {
                String what = name(b, t) + " sqrt(" + cases[i][0] + " + " + cases[i][1] + "j)";
                same(cases[i][2], got[2 * i], ulps, t, what + " real part");
                same(cases[i][3], got[2 * i + 1], ulps, t, what + " imaginary part");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void squaresSumsAndRoot(String name) {
        Backend b = TestBackends.get(name);
        // p1 = [1+2j, -3+0.5j, 1e200+1e200j, 0.1+0.2j]; p2 = [2-1j, 4+4j, 1+0j, 0.3-0.7j]; np.sqrt(p1*p1 + p2*p2):
        // (1+2j)^2 + (2-1j)^2 cancels exactly; (1e200+1e200j)^2 is nan+inf j, whose root is inf+inf j
        double[] p1 = {1, 2, -3, 0.5, 1e200, 1e200, 0.1, 0.2};
        double[] p2 = {2, -1, 4, 4, 1, 0, 0.3, -0.7};
        double[] expected = {0, 0, 4.418217634343158, 3.281866399538661, INF, INF, 0.26818526191435554,
            -0.7084654788400571};
        try (NDArray a = array(b, DType.COMPLEX128, p1); NDArray c = array(b, DType.COMPLEX128, p2);
                NDArray r = b.ndimage().combineParts(new NDArray[] {a, c}, true, true)) {
            double[] got = values(r);
            for (int i = 0; i < expected.length; i++) {
                same(expected[i], got[i], 2, DType.COMPLEX128, name + " complex128 element " + i / 2);
            }
        }
        // the same in complex64 (1e200 overflows to inf + inf j on the conversion, as NumPy's astype)
        double[] expected64 = {0, 0, 4.418217658996582, 3.2818663120269775, INF, INF, 0.2681852877140045,
            -0.7084654569625854};
        try (NDArray a = array(b, DType.COMPLEX64, p1); NDArray c = array(b, DType.COMPLEX64, p2);
                NDArray r = b.ndimage().combineParts(new NDArray[] {a, c}, true, true)) {
            double[] got = values(r);
            for (int i = 0; i < expected64.length; i++) {
                same(expected64[i], got[i], 1, DType.COMPLEX64, name + " complex64 element " + i / 2);
            }
        }
        // without squares or root: the component-wise sum (generic_laplace's step)
        try (NDArray a = array(b, DType.COMPLEX128, p1); NDArray c = array(b, DType.COMPLEX128, p2);
                NDArray r = b.ndimage().combineParts(new NDArray[] {a, c}, false, false)) {
            double[] got = values(r);
            for (int i = 0; i < p1.length; i++) {
                assertEquals(p1[i] + p2[i], got[i], 0.0, name + " sum element " + i);
            }
        }
    }

    private static String name(Backend b, DType t) {
        return b.name() + " " + t;
    }

    private static NDArray array(Backend b, DType t, double[] reIm) {
        Object data = reIm.clone();
        if (t == DType.COMPLEX64) {
            float[] f = new float[reIm.length];
            for (int i = 0; i < f.length; i++) f[i] = (float) reIm[i];
            data = f;
        }
        return NDArray.fromHost(b, new HostArray(t, new int[] {reIm.length / 2}, data));
    }

    private static double[] values(NDArray r) {
        Object d = r.toHost().data();
        if (d instanceof double[]) {
            return (double[]) d;
        }
        float[] f = (float[]) d;
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) out[i] = f[i];
        return out;
    }

    /** Within {@code ulps} units in the last place of the component type; NaN, infinities and zeros' signs exact. */
    private static void same(double expected, double got, int ulps, DType t, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(got), what + ": expected NaN, got " + got);
            return;
        }
        if (Double.isInfinite(expected) || expected == 0) {
            assertEquals(expected, got, 0.0, what);
            assertEquals(Math.copySign(1.0, expected), Math.copySign(1.0, got), 0.0, what + ": the sign");
            return;
        }
        double ulp = t == DType.COMPLEX64 ? Math.ulp((float) expected) : Math.ulp(expected);
        assertTrue(Math.abs(got - expected) <= ulps * ulp, what + ": expected " + expected + ", got " + got);
    }
}
