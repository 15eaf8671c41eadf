package org.sciaccel.opencl.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.OpenCLTestSupport;

/**
 * The two ways the OpenCL backend runs a directly factorable FFT, the whole line in local memory
 * ({@value OpenCLFftLines#LOCAL_PROPERTY}=on, also on CPU devices) and one global pass per
 * radix ({@value OpenCLFftLines#LOCAL_PROPERTY}=off), against each
 * other and against a direct DFT, along the last and the first axis.
 */
class OpenCLFftPathsTest {

    @AfterEach
    void restore() {
        System.clearProperty(OpenCLFftLines.LOCAL_PROPERTY);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 8, 12, 30, 64, 210, 343, 1024})
    void localAndGlobalPassesAgreeWithTheDft(int n) {
        OpenCLTestSupport.requireDevices();
        OpenCLBackend b = (OpenCLBackend) Backends.get("opencl");
        Assumptions.assumeTrue(b.hasFp64(), "complex128 needs a device with double precision");
        long live = b.liveAllocations();
        assertTrue(b.deviceInfo().localMemBytes() >= 2L * n * 16, "the device's local memory holds the line");
        Random r = new Random(n);
        int lines = 3;
        double[] x = new double[2 * n * lines];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        for (int axis : new int[] {-1, 0}) {
            int[] shape = axis == -1 ? new int[] {lines, n} : new int[] {n, lines};
            double[] local = run(b, x, shape, axis, "on");
            double[] global = run(b, x, shape, axis, "off");
            double max = 0;
            for (int line = 0; line < lines; line++) {
                for (int k = 0; k < n; k++) {
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < n; j++) {
                        int at = axis == -1 ? line * n + j : j * lines + line;
                        double a = -2 * Math.PI * ((long) j * k % n) / n;
                        re += x[2 * at] * Math.cos(a) - x[2 * at + 1] * Math.sin(a);
                        im += x[2 * at] * Math.sin(a) + x[2 * at + 1] * Math.cos(a);
                    }
                    int at = axis == -1 ? line * n + k : k * lines + line;
                    max = Math.max(max, Math.hypot(re - local[2 * at], im - local[2 * at + 1]));
                    max = Math.max(max, Math.hypot(re - global[2 * at], im - global[2 * at + 1]));
                }
            }
            assertTrue(max < 1e-12 * Math.max(1, n), "n=" + n + " axis=" + axis + ": error " + max);
        }
        assertEquals(live, b.liveAllocations(), "arrays left alive");
    }

    @org.junit.jupiter.api.Test
    void closingTheBackendReleasesTheCachedBluesteinChirps() {
        OpenCLBackend b = OpenCLTestSupport.newBackend();
        try {
            int n = 37; // a prime above MAX_DIRECT_PRIME: Bluestein, which caches its chirps
            float[] x = new float[2 * n];
            for (int i = 0; i < x.length; i++) {
                x[i] = i % 7 - 3;
            }
            try (NDArray in = NDArray.fromHost(b, new HostArray(DType.COMPLEX64, new int[] {n}, x));
                    NDArray out = Fft.fft(in, null, -1, null)) {
                out.toHost();
            }
            assertEquals(0, b.liveAllocations(), "arrays and Bluestein work buffers released after the call");
            assertTrue(((OpenCLFftOps) b.fft()).transform().cachedBuffers() > 0, "the chirps are cached between calls");
        } finally {
            b.close();
        }
        assertEquals(0, ((OpenCLFftOps) b.fft()).transform().cachedBuffers(), "close releases the cached chirps");
        assertEquals(0, b.liveAllocations());
    }

    private static double[] run(OpenCLBackend b, double[] x, int[] shape, int axis, String local) {
        System.setProperty(OpenCLFftLines.LOCAL_PROPERTY, local);
        try (NDArray in = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, shape, x.clone()));
                NDArray out = Fft.fft(in, null, axis, null)) {
            return (double[]) out.toHost().data();
        }
    }
}
