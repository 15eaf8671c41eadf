package org.sciaccel.cpu.ndimage;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.ndimage.Mode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * correlate1d against the naive definition ({@link ReferenceCorrelate}) over dtypes, modes,
 * origins, shapes and axes, and the two internal layouts and thread counts against each other.
 */
class CpuCorrelate1dPropertiesTest {
    private static final CpuBackend CPU = new CpuBackend(2);
    private static final DType[] REAL = {DType.FLOAT32, DType.FLOAT64, DType.UINT8, DType.UINT16, DType.INT32,
        DType.INT64, DType.BOOL};

    @AfterAll
    static void close() {
        assertEquals(0, CPU.liveAllocations());
        CPU.close();
    }

    private static double[] correlate(CpuBackend b, HostArray in, double[] w, int axis, Mode mode, double cval,
            int origin, DType out) {
        try (NDArray a = NDArray.fromHost(b, in); NDArray r = b.ndimage().correlate1d(a, w, axis, mode, cval, origin, out)) {
            assertEquals(out, r.dtype());
            return r.toHost().toDoubles();
        }
    }

    /** Small non-negative integers valid in every dtype (bool: 0/1). */
    private static HostArray integers(DType t, Random rnd, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = t == DType.BOOL ? rnd.nextInt(2) : rnd.nextInt(200);
        }
        return HostArray.fromDoubles(v, t, shape);
    }

    @Test
    void everyInputDtypeToEveryOutputDtypeStoresLikeCasting() {
        // Dyadic weights and integer inputs: every sum is exact in any order, so the naive definition
        // is an exact oracle and the comparison checks the storing rule alone. Negative and
        // fractional sums exercise truncation and wrap-around of the narrow types.
        double[] w = {-1.5, 0.25, 2.0, -0.75};
        Random rnd = new Random(7);
        for (DType in : REAL) {
            HostArray a = integers(in, rnd, 3, 37);
            double[] x = a.toDoubles();
            for (DType out : REAL) {
                for (int axis = 0; axis < 2; axis++) {
                    for (Mode mode : Mode.values()) {
                        double cval = -3.25;
                        int origin = axis == 0 ? -1 : 1;
                        double[] expected = ReferenceCorrelate.correlate1d(x, a.shape(), w, axis, mode, cval, origin);
                        for (int i = 0; i < expected.length; i++) {
                            expected[i] = Casting.castTo(expected[i], out);
                        }
                        double[] got = correlate(CPU, a, w, axis, mode, cval, origin, out);
                        assertArrayEquals(expected, got, in + " -> " + out + " axis " + axis + " " + mode);
                    }
                }
            }
        }
    }

    @Test
    void randomShapesAxesModesAndOriginsMatchTheDefinition() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int nd = 1 + rnd.nextInt(4);
            int[] shape = new int[nd];
            for (int d = 0; d < nd; d++) {
                shape[d] = 1 + rnd.nextInt(nd <= 2 ? 70 : 12);
            }
            int size = 1;
            for (int d : shape) {
                size *= d;
            }
            double[] x = new double[size];
            for (int i = 0; i < size; i++) {
                x[i] = rnd.nextGaussian();
            }
            int len = 1 + rnd.nextInt(15);
            double[] w = new double[len];
            for (int i = 0; i < len; i++) {
                w[i] = rnd.nextDouble() - 0.3;
            }
            if (rnd.nextBoolean()) {
                // make it symmetric or antisymmetric, to take SciPy's paired-sum paths
                double s = rnd.nextBoolean() ? 1 : -1;
                for (int i = 0; i < len / 2; i++) {
                    w[len - 1 - i] = s * w[i];
                }
                if (s < 0 && len % 2 == 1) {
                    w[len / 2] = 0;
                }
            }
            int axis = rnd.nextInt(nd);
            Mode mode = Mode.values()[rnd.nextInt(Mode.values().length)];
            int origin = -(len / 2) + rnd.nextInt(len);
            double cval = rnd.nextGaussian();
            HostArray a = new HostArray(DType.FLOAT64, shape, x);
            double[] expected = ReferenceCorrelate.correlate1d(x, shape, w, axis, mode, cval, origin);
            double[] got = correlate(CPU, a, w, axis, mode, cval, origin, DType.FLOAT64);
            String what = "shape " + java.util.Arrays.toString(shape) + " axis " + axis + " " + mode + " len " + len
                    + " origin " + origin;
            double scale = 0;
            for (double v : expected) {
                scale = Math.max(scale, Math.abs(v));
            }
            assertArrayEquals(expected, got, 1e-13 * Math.max(scale, 1), what);
        }
    }

    @Test
    void longKernelsAcrossManyBlocksOfRows() {
        // Axes much longer than a block of rows, kernels longer than a block, both panel kinds.
        Random rnd = new Random(13);
        int[] shape = {700, 3, 70};
        double[] x = new double[700 * 3 * 70];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble() * 10 - 5;
        }
        HostArray a = new HostArray(DType.FLOAT64, shape, x);
        for (int len : new int[] {151, 300}) {
            double[] w = new double[len];
            for (int i = 0; i < len; i++) {
                w[i] = rnd.nextDouble() - 0.5;
            }
            for (int axis : new int[] {0, 2}) {
                for (Mode mode : new Mode[] {Mode.REFLECT, Mode.MIRROR, Mode.WRAP, Mode.CONSTANT, Mode.NEAREST}) {
                    int origin = len / 3 - len / 2;
                    double[] expected = ReferenceCorrelate.correlate1d(x, shape, w, axis, mode, 1.25, origin);
                    double[] got = correlate(CPU, a, w, axis, mode, 1.25, origin, DType.FLOAT64);
                    assertArrayEquals(expected, got, 1e-11, "len " + len + " axis " + axis + " " + mode);
                }
            }
        }
    }

    @Test
    void contiguousAndGatheredPanelsAgreeBitForBit() {
        // Axis 0 of a (n, m) array with m >= CONTIGUOUS_MIN_INNER runs in contiguous panels; axis 1 of
        // its transpose in gathered panels. Both must produce exactly the same sums.
        int n = 301;
        int m = 530;
        Random rnd = new Random(3);
        float[] a = new float[n * m];
        float[] t = new float[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                a[i * m + j] = (float) rnd.nextGaussian();
                t[j * n + i] = a[i * m + j];
            }
        }
        double[] w = org.sciaccel.ndimage.GaussianKernel.correlationWeights(4.0, 1, 16);
        for (Mode mode : new Mode[] {Mode.REFLECT, Mode.CONSTANT, Mode.WRAP}) {
            double[] contiguous = correlate(CPU, new HostArray(DType.FLOAT32, new int[] {n, m}, a), w, 0, mode, 0.5, 3,
                    DType.FLOAT64);
            double[] gathered = correlate(CPU, new HostArray(DType.FLOAT32, new int[] {m, n}, t), w, 1, mode, 0.5, 3,
                    DType.FLOAT64);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (Double.doubleToLongBits(contiguous[i * m + j]) != Double.doubleToLongBits(gathered[j * n + i])) {
                        throw new AssertionError(mode + " differs at " + i + "," + j + ": " + contiguous[i * m + j]
                                + " vs " + gathered[j * n + i]);
                    }
                }
            }
        }
    }

    @Test
    void oneThreadAndTwoThreadsGiveIdenticalResults() {
        Random rnd = new Random(5);
        double[] x = new double[64 * 300 * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        HostArray a = new HostArray(DType.FLOAT64, new int[] {64, 300, 5}, x);
        double[] w = org.sciaccel.ndimage.GaussianKernel.correlationWeights(2.5, 0, 10);
        try (CpuBackend single = new CpuBackend(1)) {
            for (int axis = 0; axis < 3; axis++) {
                assertArrayEquals(correlate(single, a, w, axis, Mode.MIRROR, 0, 0, DType.FLOAT32),
                        correlate(CPU, a, w, axis, Mode.MIRROR, 0, 0, DType.FLOAT32), "axis " + axis);
            }
            assertEquals(0, single.liveAllocations());
        }
    }

    @Test
    void emptyArraysGiveEmptyResults() {
        HostArray a = new HostArray(DType.FLOAT32, new int[] {0, 4}, new float[0]);
        assertEquals(0, correlate(CPU, a, new double[] {1, 2, 1}, 0, Mode.REFLECT, 0, 0, DType.FLOAT64).length);
        assertEquals(0, correlate(CPU, a, new double[] {1, 2, 1}, 1, Mode.REFLECT, 0, 0, DType.INT32).length);
    }

    @Test
    void complexArraysAreRefusedWithAClearMessage() {
        HostArray c = new HostArray(DType.COMPLEX64, new int[] {2}, new float[4]);
        try (NDArray a = NDArray.fromHost(CPU, c)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> CPU.ndimage().correlate1d(a, new double[] {1}, 0, Mode.REFLECT, 0, 0, DType.COMPLEX64));
            assertEquals(true, e.getMessage().contains("complex64"), e.getMessage());
        }
    }

    @Test
    void arraysOfAnotherBackendAreRefused() {
        try (CpuBackend other = new CpuBackend(1);
                NDArray a = NDArray.fromHost(other, new HostArray(DType.FLOAT64, new int[] {3}, new double[3]))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CPU.ndimage().correlate1d(a, new double[] {1}, 0, Mode.REFLECT, 0, 0, DType.FLOAT64));
            assertEquals(true, e.getMessage().startsWith("input: "), e.getMessage());
        }
    }
}
