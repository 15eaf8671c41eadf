package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * The FFT family's primitives behind resample and fftconvolve, checked directly on every backend
 * with values worked out by hand: {@code FftOps.resizeSpectrum} (SciPy's resample spectrum: kept
 * frequencies, joined and split Nyquist bins) and the broadcast {@code FftOps.multiply}; and the
 * hand-over of host arrays ({@code NDArray.adopt}, {@code toHostAndClose}).
 */
class SignalSpectrumPrimitivesTest {

    /** A complex128 array whose element k is v[k] + 10 v[k] i, so both parts are checked. */
    private static NDArray spectrum(Backend b, int[] shape, double... v) {
        double[] d = new double[2 * v.length];
        for (int k = 0; k < v.length; k++) {
            d[2 * k] = v[k];
            d[2 * k + 1] = 10 * v[k];
        }
        return NDArray.fromHost(b, new HostArray(DType.COMPLEX128, shape, d));
    }

    private static void checkSpectrum(double[] expected, NDArray r) {
        try (r) {
            double[] got = (double[]) r.toHost().data();
            double[] want = new double[2 * expected.length];
            for (int k = 0; k < expected.length; k++) {
                want[2 * k] = expected[k];
                want[2 * k + 1] = 10 * expected[k];
            }
            assertArrayEquals(want, got, 1e-12, r.backend().name());
        }
    }

    @Test
    void resizeSpectrumKeepsSplitsAndJoinsAsSciPy() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray x6 = spectrum(b, new int[] {6}, 1, 2, 3, 4, 5, 6);
                    NDArray x4 = spectrum(b, new int[] {4}, 1, 2, 3, 4);
                    NDArray x5 = spectrum(b, new int[] {5}, 1, 2, 3, 4, 5)) {
                // 6 -> 4: X0 X1 (X2 + X4) X5, the Nyquist bin joined
                checkSpectrum(new double[] {1, 2, 8, 6}, b.fft().resizeSpectrum(x6, 0, 4));
                // 4 -> 6: X0 X1 X2/2 0 X2/2 X3, the Nyquist bin split
                checkSpectrum(new double[] {1, 2, 1.5, 0, 1.5, 4}, b.fft().resizeSpectrum(x4, 0, 6));
                // 6 -> 2: X0 X1 (SciPy's slice for the join is empty when N = 2)
                checkSpectrum(new double[] {1, 2}, b.fft().resizeSpectrum(x6, 0, 2));
                // 5 -> 3 and 5 -> 7: odd N, no Nyquist bin
                checkSpectrum(new double[] {1, 2, 5}, b.fft().resizeSpectrum(x5, 0, 3));
                checkSpectrum(new double[] {1, 2, 3, 0, 0, 4, 5}, b.fft().resizeSpectrum(x5, 0, 7));
                checkSpectrum(new double[] {1, 2, 3, 4}, b.fft().resizeSpectrum(x4, 0, 4));
            }
            // along the middle axis of (2, 4, 2): each (outer, inner) line as above
            try (NDArray x = spectrum(b, new int[] {2, 4, 2}, 1, 11, 2, 12, 3, 13, 4, 14, 5, 15, 6, 16, 7, 17, 8, 18)) {
                checkSpectrum(new double[] {1, 11, 2, 12, 1.5, 6.5, 0, 0, 1.5, 6.5, 4, 14,
                    5, 15, 6, 16, 3.5, 8.5, 0, 0, 3.5, 8.5, 8, 18}, b.fft().resizeSpectrum(x, 1, 6));
            }
        }
    }

    @Test
    void multiplyBroadcastsLengthOneAxes() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            // (2, 1) x (1, 3), complex: (1+i, 2) times (1, i, -1)
            try (NDArray p = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {2, 1}, new double[] {1, 1, 2, 0}));
                    NDArray q = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {1, 3},
                            new double[] {1, 0, 0, 1, -1, 0}));
                    NDArray z = b.fft().multiply(p, q)) {
                assertArrayEquals(new int[] {2, 3}, z.shape());
                assertArrayEquals(new double[] {1, 1, -1, 1, -1, -1, 2, 0, 0, 2, -2, 0}, (double[]) z.toHost().data(), 0);
            }
            // int64 products wrap around as NumPy's: (3,) x (1,)
            try (NDArray p = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {3},
                            new long[] {Long.MAX_VALUE, 1L << 62, -7}));
                    NDArray q = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {1}, new long[] {3}));
                    NDArray z = b.fft().multiply(p, q)) {
                assertArrayEquals(new long[] {Long.MAX_VALUE * 3, (1L << 62) * 3, -21}, (long[]) z.toHost().data());
            }
            // float32, 0-d with 0-d, and an empty broadcast
            try (NDArray p = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {1, 2, 1}, new float[] {2, -3}));
                    NDArray q = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {2, 1, 2}, new float[] {1, 2, 3, 4}));
                    NDArray z = b.fft().multiply(p, q)) {
                assertArrayEquals(new int[] {2, 2, 2}, z.shape());
                assertArrayEquals(new float[] {2, 4, -3, -6, 6, 8, -9, -12}, (float[]) z.toHost().data(), 0f);
            }
            try (NDArray p = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[0], new double[] {2.5}));
                    NDArray q = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[0], new double[] {-4}));
                    NDArray z = b.fft().multiply(p, q)) {
                assertEquals(0, z.ndim());
                assertArrayEquals(new double[] {-10}, (double[]) z.toHost().data(), 0);
            }
            try (NDArray p = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {0, 1}, new double[0]));
                    NDArray q = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {1, 3}, new double[] {1, 2, 3}));
                    NDArray z = b.fft().multiply(p, q)) {
                assertArrayEquals(new int[] {0, 3}, z.shape());
            }
        }
    }

    @Test
    void adoptedAndTakenArraysKeepTheirValuesAndAllocations() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            long live = b.liveAllocations();
            double[] data = {1, 2, 3, 4, 5, 6};
            NDArray a = NDArray.adopt(b, new HostArray(DType.FLOAT64, new int[] {2, 3}, data));
            assertEquals(live + 1, b.liveAllocations());
            HostArray back = a.toHostAndClose();
            assertTrue(a.isClosed());
            assertEquals(live, b.liveAllocations());
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, (double[]) back.data(), 0);
            assertArrayEquals(new int[] {2, 3}, back.shape());
            if (name.equals(TestBackends.CPU)) {
                // the CPU backend's storage is the adopted array itself, handed back without a copy
                assertSame(data, back.data());
            }
            assertThrows(IllegalStateException.class, a::toHostAndClose);
        }
    }
}
