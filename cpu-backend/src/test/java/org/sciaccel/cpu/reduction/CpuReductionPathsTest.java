package org.sciaccel.cpu.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * The CPU reductions' paths the small golden inputs never reach: arrays large enough to be split among threads
 * (chunks of the reduced extent merged, blocks of columns), the SIMD float32 loops next to the scalar ones, the
 * chunked scan, ties and NaN across chunk boundaries; each against a plain Java reference.
 */
class CpuReductionPathsTest {
    private static final CpuBackend CPU = new CpuBackend(3);

    @AfterAll
    static void close() {
        CPU.close();
    }

    private static float[] randomFloats(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return v;
    }

    private static NDArray floats(float[] v, int... shape) {
        return NDArray.fromHost(CPU, new HostArray(DType.FLOAT32, shape, v.clone()));
    }

    /** Reference: out[o, j] = fold over i of v[(o n + i) inner + j], in double. */
    private static double[] reference(float[] v, int outer, int n, int inner, String op) {
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double acc = op.equals("sum") ? 0 : op.equals("max") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double x = v[(o * n + i) * inner + j];
                    acc = op.equals("sum") ? acc + x : op.equals("max") ? Math.max(acc, x) : Math.min(acc, x);
                }
                out[o * inner + j] = acc;
            }
        }
        return out;
    }

    private static void withSimd(boolean on, Runnable r) {
        String old = System.getProperty(CpuSimd.PROPERTY);
        System.setProperty(CpuSimd.PROPERTY, Boolean.toString(on));
        try {
            r.run();
        } finally {
            if (old == null) {
                System.clearProperty(CpuSimd.PROPERTY);
            } else {
                System.setProperty(CpuSimd.PROPERTY, old);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void float32SumsAndExtremesOnEveryLayout(boolean simd) {
        withSimd(simd, () -> {
            // {shape..., reduced axis}: rows split in chunks, many rows, columns split in row chunks, column blocks, middle
            int[][] cases = {{1 << 18, 0}, {3000, 77, 1}, {501, 300, 0}, {9, 5000, 0}, {7, 3001, 5, 1}};
            for (int[] c : cases) {
                int[] shape = java.util.Arrays.copyOf(c, c.length - 1);
                int axis = c[c.length - 1];
                int size = org.sciaccel.Shapes.size(shape);
                float[] v = randomFloats(size, size);
                v[size / 3] = size % 2 == 0 ? 5f : -5f;
                int outer = org.sciaccel.Shapes.outer(shape, axis);
                int inner = org.sciaccel.Shapes.inner(shape, axis);
                try (NDArray a = floats(v, shape)) {
                    for (String op : new String[] {"sum", "max", "min"}) {
                        double[] want = reference(v, outer, shape[axis], inner, op);
                        try (NDArray got = op.equals("sum") ? Numpy.sum(a, axis) : op.equals("max") ? Numpy.max(a, axis)
                                : Numpy.min(a, axis)) {
                            float[] g = got.toFloatArray();
                            for (int k = 0; k < want.length; k++) {
                                double tol = op.equals("sum") ? 1e-6 * Math.max(1, Math.abs(want[k])) : 0;
                                assertTrue(Math.abs(g[k] - (float) want[k]) <= tol, op + " of " + java.util.Arrays.toString(shape)
                                        + " axis " + axis + " simd " + simd + " at " + k + ": " + g[k] + " vs " + want[k]);
                            }
                        }
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nanPropagatesThroughTheSimdLoops(boolean simd) {
        withSimd(simd, () -> {
            float[] v = randomFloats(1 << 17, 3);
            v[100_001] = Float.NaN;
            try (NDArray a = floats(v, 1 << 17); NDArray m = Numpy.max(a); NDArray s = Numpy.sum(a);
                    NDArray n = Numpy.nanmax(a); NDArray b = floats(v, 256, 512); NDArray c = Numpy.min(b, 0)) {
                assertTrue(Double.isNaN(m.doubleValue()));
                assertTrue(Double.isNaN(s.doubleValue()));
                assertEquals(reference(withoutNaN(v), 1, v.length, 1, "max")[0], n.doubleValue(), 0);
                float[] col = c.toFloatArray();
                int nanColumn = 100_001 % 512;
                for (int j = 0; j < 512; j++) {
                    assertEquals(j == nanColumn, Float.isNaN(col[j]), "column " + j);
                }
            }
        });
    }

    private static float[] withoutNaN(float[] v) {
        float[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            if (Float.isNaN(w[i])) {
                w[i] = -2f;
            }
        }
        return w;
    }

    @Test
    void float64SumIsPairwiseAccurate() {
        int n = 1 << 21;
        SplittableRandom r = new SplittableRandom(7);
        double[] v = new double[n];
        java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 1e3 + 1e6;
            exact = exact.add(new java.math.BigDecimal(v[i]));
        }
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {n}, v)); NDArray s = Numpy.sum(a);
                NDArray m = Numpy.mean(a)) {
            double want = exact.doubleValue();
            assertTrue(Math.abs(s.doubleValue() - want) <= 1e-14 * want, s.doubleValue() + " vs " + want);
            assertTrue(Math.abs(m.doubleValue() - want / n) <= 1e-14 * want / n);
        }
    }

    @Test
    void argExtremaKeepTheFirstOccurrenceAcrossChunks() {
        int n = 1 << 19;
        double[] v = new double[n];
        v[n / 2 + 5] = 3;
        v[n - 7] = 3;
        v[n / 3] = -1;
        v[n - 1] = -1;
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {n}, v.clone()));
                NDArray mx = Numpy.argmax(a); NDArray mn = Numpy.argmin(a)) {
            assertEquals(n / 2 + 5, mx.longValue());
            assertEquals(n / 3, mn.longValue());
        }
        v[n - 3] = Double.NaN;
        v[n - 2] = Double.NaN;
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {n}, v.clone()));
                NDArray mx = Numpy.argmax(a); NDArray mn = Numpy.argmin(a)) {
            assertEquals(n - 3, mx.longValue());
            assertEquals(n - 3, mn.longValue());
        }
        // columns split in row chunks: the ties sit in different chunks
        double[] w = new double[4096 * 8];
        w[100 * 8 + 3] = 2;
        w[3000 * 8 + 3] = 2;
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {4096, 8}, w));
                NDArray mx = Numpy.argmax(a, 0)) {
            assertEquals(100, mx.toLongArray()[3]);
            assertEquals(0, mx.toLongArray()[2]);
        }
    }

    @Test
    void chunkedScansEqualTheSequentialOnes() {
        int n = 1 << 19;
        SplittableRandom r = new SplittableRandom(11);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt() >> 3;
        }
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.INT32, new int[] {n}, v.clone()));
                NDArray s = Numpy.cumsum(a); NDArray p = Numpy.cumprod(a, 0, DType.INT32)) {
            long[] got = s.toLongArray();
            int[] prod = p.toIntArray();
            long acc = 0;
            int pr = 1;
            for (int i = 0; i < n; i++) {
                acc += v[i];
                pr *= v[i];
                assertEquals(acc, got[i], "cumsum at " + i);
                assertEquals(pr, prod[i], "cumprod at " + i);
            }
        }
    }

    @Test
    void largeVariancesAndIntegerSums() {
        float[] v = randomFloats(600 * 700, 5);
        try (NDArray a = floats(v, 600, 700); NDArray var0 = Numpy.var(a, ReductionOptions.over(0).ddof(1));
                NDArray var1 = Numpy.std(a, 1)) {
            float[] g0 = var0.toFloatArray();
            float[] g1 = var1.toFloatArray();
            for (int j = 0; j < 700; j += 37) {
                double m = 0;
                for (int i = 0; i < 600; i++) {
                    m += v[i * 700 + j];
                }
                m /= 600;
                double sq = 0;
                for (int i = 0; i < 600; i++) {
                    sq += (v[i * 700 + j] - m) * (v[i * 700 + j] - m);
                }
                assertEquals(sq / 599, g0[j], 1e-6 * sq / 599);
            }
            for (int i = 0; i < 600; i += 41) {
                double m = 0;
                for (int j = 0; j < 700; j++) {
                    m += v[i * 700 + j];
                }
                m /= 700;
                double sq = 0;
                for (int j = 0; j < 700; j++) {
                    sq += (v[i * 700 + j] - m) * (v[i * 700 + j] - m);
                }
                assertEquals(Math.sqrt(sq / 700), g1[i], 1e-6);
            }
        }
        long[] big = new long[1 << 18];
        long want = 0;
        for (int i = 0; i < big.length; i++) {
            big[i] = Long.MAX_VALUE / 3 + i;
            want += big[i];
        }
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.INT64, new int[] {big.length}, big));
                NDArray s = Numpy.sum(a)) {
            assertEquals(want, s.longValue());
        }
    }
}
