package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.signal.Signal;

/**
 * Complex inputs, weights and cval of the linear ndimage filters on every backend, against SciPy 1.10.1's
 * values (computed with /usr/bin/python3; the expressions are in each comment).
 */
class ComplexFiltersTest {

    private static NDArray c128(Backend b, int[] shape, double... reIm) {
        return NDArray.fromHost(b, new HostArray(DType.COMPLEX128, shape, reIm.clone()));
    }

    private static NDArray c64(Backend b, int[] shape, float... reIm) {
        return NDArray.fromHost(b, new HostArray(DType.COMPLEX64, shape, reIm.clone()));
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

    private static void check(double[] expected, NDArray r, DType dtype, double tol) {
        try (r) {
            assertEquals(dtype, r.dtype());
            assertArrayEquals(expected, values(r), tol);
        }
    }

    @Test
    void everyBackend() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            // correlate1d([1+2j,3-1j,0.5,-2+4j], [1,2,-1], mode='constant', cval=1+2j)
            try (NDArray x = c128(b, new int[] {4}, 1, 2, 3, -1, 0.5, 0, -2, 4)) {
                check(new double[] {0, 7, 6.5, 0, 6, -5, -4.5, 6},
                        Ndimage.correlate1d(x, new double[] {1, 2, -1}, null, -1, Mode.CONSTANT, 1, 2, 0, null),
                        DType.COMPLEX128, 1e-12);
            }
            // correlate1d([1.,2,3,4], [1+1j,2,-1j]) and convolve1d of the same
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {4}, new double[] {1, 2, 3, 4}))) {
                double[] re = {1, 2, 0};
                double[] im = {1, 0, -1};
                check(new double[] {3, 1, 5, 2, 8, 2, 11, 1},
                        Ndimage.correlate1d(x, re, im, -1, Mode.REFLECT, 0, 0, 0, null), DType.COMPLEX128, 1e-12);
                check(new double[] {4, 1, 7, 2, 10, 2, 12, 1},
                        Ndimage.convolve1d(x, re, im, -1, Mode.REFLECT, 0, 0, 0, null), DType.COMPLEX128, 1e-12);
                assertThrows(IllegalArgumentException.class,
                        () -> Ndimage.correlate1d(x, re, im, -1, Mode.CONSTANT, 1, 2, 0, null));
            }
            float[] a = {1, 1, 2, -1, 3, 0, 0, 0.5f, -1, 0, 2, 2};
            float[] w = {1, 1, 0.5f, 0, 0, 2, -1, 0};
            try (NDArray x = c64(b, new int[] {2, 3}, a); NDArray k = c64(b, new int[] {2, 2}, w)) {
                // convolve(a, w, mode='wrap') / correlate(a, w, mode='wrap'), complex64
                check(new double[] {0, 2.25, -2.5, 11, -4.5, 3.5, 3.5, -1, 1, 6.5, -1.5, 0},
                        Ndimage.convolve(x, k, FilterOptions.defaults().mode(Mode.WRAP)), DType.COMPLEX64, 1e-5);
                check(new double[] {3, -6.75, 0, -0.5, -5, -2, 7.5, -7, 5, -0.5, 0.5, -3},
                        Ndimage.correlate(x, k, FilterOptions.defaults().mode(Mode.WRAP)), DType.COMPLEX64, 1e-5);
                // uniform_filter(a, 2, mode='nearest')
                check(new double[] {1, 1, 1.5, 0, 2.5, -0.5, 0.5, 0.75, 0.5, 0.125, 1.5, 0.25},
                        Ndimage.uniformFilter(x, new int[] {2}, FilterOptions.defaults().mode(Mode.NEAREST)),
                        DType.COMPLEX64, 1e-6);
                try (NDArray x128 = x.astype(DType.COMPLEX128)) {
                    // gaussian_filter(a.astype(complex128), 1, mode='mirror')
                    check(new double[] {0.730247790987919, 0.15732467139716136, 1.0072968750351066, 0.17130194654629768,
                            1.3127055425157557, 0.2248945864466673, 0.7016812283777162, 0.16464991964038317,
                            0.9783163540714215, 0.1839162434751784, 1.2841389799055531, 0.24269444247283645},
                            Ndimage.gaussianFilter(x128, new double[] {1}, GaussianOptions.defaults().mode(Mode.MIRROR)),
                            DType.COMPLEX128, 1e-12);
                }
                // correlate(int32 [[1,2,3],[4,5,6]], w): complex128
                try (NDArray i = NDArray.fromHost(b, new HostArray(DType.INT32, new int[] {2, 3}, new int[] {1, 2, 3, 4, 5, 6}))) {
                    check(new double[] {0.5, -3, 0, -3, 0.5, -6, -2.5, -9, -3, -9, -2.5, -12},
                            Ndimage.correlate(i, k), DType.COMPLEX128, 1e-12);
                }
            }
        }
    }

    @Test
    void signal2dEveryBackend() {
        double[] a = {1, 1, 2, -1, 3, 0, 0, 0.5, -1, 0, 2, 2, 1, 0, 0, 1, -2, 0};
        double[] k = {1, 1, 0.5, 0, 0, 2, -1, 0};
        double[] ar = {1, 2, 3, 0, -1, 2, 1, 0, -2};
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray x = c128(b, new int[] {3, 3}, a); NDArray w = c128(b, new int[] {2, 2}, k);
                    NDArray xr = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {3, 3}, ar))) {
                // convolve2d(a, b)
                check(new double[] {0, 2, 3.5, 1.5, 4, 2.5, 1.5, 0, -2.5, 2.5, 0, 2.25, -2.5, 11, -2, 1, 0, 1, -0.5, -1.5,
                        -5, 2.5, -3, -2, 0, 2, -3, 0, 0, -5, 2, 0}, Signal.convolve2d(x, w), DType.COMPLEX128, 1e-12);
                // correlate2d(a, b, mode='same', boundary='wrap')
                check(new double[] {5, -0.5, 0.5, -3, 7.5, -7, 0, -2.5, 4, 2, 3, 4.25, 1, -1.5, -5, -3, -2.5, -5},
                        Signal.correlate2d(x, w, "same", "wrap", 0.0), DType.COMPLEX128, 1e-12);
                // correlate2d(b, a, mode='valid'): swapped operands, result flipped back
                check(new double[] {4, 2, 0, -2.5, 0.5, -3, 5, -0.5},
                        Signal.correlate2d(w, x, "valid", "fill", 0.0), DType.COMPLEX128, 1e-12);
                // convolve2d(a.real, b, mode='same', fillvalue=2)
                check(new double[] {0, 5, 0.5, 6, 2, 7, -1, 2, -2, 3, -0.5, 8, 0, 1, 0.5, -2, -1, 2},
                        Signal.convolve2d(xr, w, "same", "fill", 2.0), DType.COMPLEX128, 1e-12);
            }
        }
    }

    @Test
    void derivativesEveryBackend() {
        double[] a = {1, 1, 2, -1, 3, 0, 0, 0.5, -1, 0, 2, 2, 1, 0, 0, 1, -2, 0};
        float[] af = new float[a.length];
        for (int i = 0; i < a.length; i++) af[i] = (float) a[i];
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray x = c128(b, new int[] {3, 3}, a); NDArray x64 = c64(b, new int[] {3, 3}, af)) {
                // sobel(a, 0, mode='constant', cval=1.5)
                check(new double[] {-4, 1, -6, 2.5, 0, 4, -0.5, 0, -9, 3, -10.5, 2, 7, -1, 6, -2.5, 3, -4},
                        Ndimage.sobel(x, 0, new Mode[] {Mode.CONSTANT}, 1.5, null), DType.COMPLEX128, 1e-12);
                // prewitt(a.astype(complex64), 1)
                check(new double[] {1, -4.5, 6, -0.5, 5, 4, -1, -1.5, 1, 0.5, 2, 2, -3, 1.5, -4, 1.5, -1, 0},
                        Ndimage.prewitt(x64, 1, new Mode[] {Mode.REFLECT}, 0.0, null), DType.COMPLEX64, 1e-6);
                // laplace(a, mode='wrap')
                check(new double[] {2, -4.5, -5, 6, -9, 2, 3, 1, 8, 2.5, -8, -7.5, -5, 2.5, 0, -5, 14, 3},
                        Ndimage.laplace(x, new Mode[] {Mode.WRAP}, 0.0, null), DType.COMPLEX128, 1e-12);
                assertThrows(IllegalArgumentException.class,
                        () -> Ndimage.sobel(x, 0, new Mode[] {Mode.REFLECT}, 0.0, DType.FLOAT64));
            }
        }
    }

    /** The SPI pair directly: parts of both complex dtypes, and a join with and without the extra terms. */
    @Test
    void complexPartAndJoinEveryBackend() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray z = c64(b, new int[] {3}, 1, 2, 3.5f, -4, 0, 0.25f);
                    NDArray re = b.ndimage().complexPart(z, false); NDArray im = b.ndimage().complexPart(z, true)) {
                assertEquals(DType.FLOAT32, re.dtype());
                assertArrayEquals(new float[] {1, 3.5f, 0}, re.toFloatArray());
                assertArrayEquals(new float[] {2, -4, 0.25f}, im.toFloatArray());
                // float32 arithmetic stored into complex128: (re - im) + 1j*(im + re)
                check(new double[] {-1, 3, 7.5, -0.5, -0.25, 0.25}, b.ndimage().complexJoin(re, im, im, re,
                        DType.COMPLEX128), DType.COMPLEX128, 0);
                check(new double[] {1, 2, 3.5, -4, 0, 0.25}, b.ndimage().complexJoin(re, null, im, null,
                        DType.COMPLEX64), DType.COMPLEX64, 0);
            }
            try (NDArray z = c128(b, new int[] {2}, 1e-30, 1, 1, 3);
                    NDArray re = b.ndimage().complexPart(z, false); NDArray im = b.ndimage().complexPart(z, true)) {
                assertEquals(DType.FLOAT64, im.dtype());
                // formed in float64, then stored as float32: 1 - 1e-30 rounds to 1 once
                check(new double[] {(float) (1e-30 - 1), 1 + 1e-30f, 1 - 3, 3 + 1}, b.ndimage().complexJoin(re, im, im,
                        re, DType.COMPLEX64), DType.COMPLEX64, 0);
            }
        }
    }
}
