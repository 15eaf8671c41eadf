package org.sciaccel.cpu.ufunc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.spi.ElementwiseFunction;
import org.sciaccel.spi.ElementwiseProgram;
import org.sciaccel.spi.FormulaOps.Reduction;

/**
 * The element-wise engine's contiguous fast path ({@link ContiguousKernel}) gives the general path's values bit
 * for bit (NaN as NaN), stored and through the fused reductions, over sizes that cut blocks and chunks anywhere.
 */
class ContiguousKernelTest {
    private static final int[] SIZES = {1, 7, 1023, 1025, 4096 * 3 + 5, 100_003, 1 << 20};

    @AfterEach
    void restore() {
        System.clearProperty(ContiguousKernel.PROPERTY);
        System.clearProperty(CpuSimd.PROPERTY);
    }

    /** Random values with NaN, infinities, signed zeros and subnormals among them. */
    private static HostArray values(DType t, int[] shape, long seed) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e-40, -3e-310,
            1e30, 3.4e38};
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(50) == 0 ? special[r.nextInt(special.length)] : (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(-5, 6));
        }
        if (t == DType.FLOAT32) {
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = (float) v[i];
            }
            return new HostArray(t, shape, f);
        }
        return new HostArray(t, shape, v);
    }

    private static int bin(ElementwiseProgram.Builder b, ElementwiseFunction f, DType t, int x, int y) {
        return b.call(f, List.of(t, t), t, x, y);
    }

    /** The programs checked: each over operands 0, 1, 2 of dtype t (operand 3 holds one element). */
    private static List<Function<DType, ElementwiseProgram>> programs() {
        List<Function<DType, ElementwiseProgram>> p = new ArrayList<>();
        p.add(t -> { // a * b + c
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, b.array(0, t), b.array(1, t));
            return b.build(bin(b, ElementwiseFunction.ADD, t, m, b.array(2, t)));
        });
        p.add(t -> { // c + a * b
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int c = b.array(2, t);
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, b.array(0, t), b.array(1, t));
            return b.build(bin(b, ElementwiseFunction.ADD, t, c, m));
        });
        p.add(t -> { // a * b - c
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, b.array(0, t), b.array(1, t));
            return b.build(bin(b, ElementwiseFunction.SUBTRACT, t, m, b.array(2, t)));
        });
        p.add(t -> { // c - a * b
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int c = b.array(2, t);
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, b.array(0, t), b.array(1, t));
            return b.build(bin(b, ElementwiseFunction.SUBTRACT, t, c, m));
        });
        p.add(t -> { // a * b + 0.1 (a float64 scalar, converted for a float32 loop)
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, b.array(0, t), b.array(1, t));
            int s = b.scalar(DType.FLOAT64, 0.1);
            return b.build(b.call(ElementwiseFunction.ADD, List.of(t, t), t, m, s));
        });
        p.add(t -> { // (0.3 - a) / c * s + square(-b), s a one-element operand
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int s0 = b.scalar(t, 0.3);
            int d = bin(b, ElementwiseFunction.SUBTRACT, t, s0, b.array(0, t));
            int q = bin(b, ElementwiseFunction.DIVIDE, t, d, b.array(2, t));
            int m = bin(b, ElementwiseFunction.MULTIPLY, t, q, b.array(3, t));
            int neg = b.call(ElementwiseFunction.NEGATIVE, List.of(t), t, b.array(1, t));
            int sq = b.call(ElementwiseFunction.SQUARE, List.of(t), t, neg);
            return b.build(bin(b, ElementwiseFunction.ADD, t, m, sq));
        });
        p.add(t -> { // p + p * c with p = a * b used twice, then / 7, - b
            ElementwiseProgram.Builder b = ElementwiseProgram.builder();
            int a = b.array(0, t);
            int pr = bin(b, ElementwiseFunction.MULTIPLY, t, a, b.array(1, t));
            int pc = bin(b, ElementwiseFunction.MULTIPLY, t, pr, b.array(2, t));
            int s = bin(b, ElementwiseFunction.ADD, t, pr, pc);
            int d = bin(b, ElementwiseFunction.DIVIDE, t, s, b.scalar(t, 7.0));
            return b.build(bin(b, ElementwiseFunction.SUBTRACT, t, d, b.array(1, t)));
        });
        return p;
    }

    private static NDArray[] operands(CpuBackend backend, DType t, int[] shape, int[] shape2) {
        return new NDArray[] {NDArray.fromHost(backend, values(t, shape, 1)), NDArray.fromHost(backend, values(t, shape2, 2)),
            NDArray.fromHost(backend, values(t, shape, 3)), NDArray.fromHost(backend, new HostArray(t, new int[] {1},
                t == DType.FLOAT32 ? (Object) new float[] {-1.75f} : new double[] {-1.75}))};
    }

    /**
     * The values' bits, NaN as one NaN: which NaN an operation on two NaNs (or one creating a NaN) gives is not
     * fixed in Java (the JIT may swap the operands of a sum or product), on either path.
     */
    private static Object bits(HostArray h) {
        if (h.data() instanceof float[] f) {
            int[] b = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                b[i] = Float.floatToIntBits(f[i]);
            }
            return b;
        }
        double[] d = (double[]) h.data();
        long[] b = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = Double.doubleToLongBits(d[i]);
        }
        return b;
    }

    private static void assertSameBits(HostArray expected, HostArray actual, String what) {
        if (expected.data() instanceof float[]) {
            assertArrayEquals((int[]) bits(expected), (int[]) bits(actual), what);
        } else {
            assertArrayEquals((long[]) bits(expected), (long[]) bits(actual), what);
        }
        assertArrayEquals(expected.shape(), actual.shape(), what);
    }

    private static HostArray evaluate(CpuBackend backend, ElementwiseProgram p, NDArray[] ops, int[] shape, boolean fast) {
        System.setProperty(ContiguousKernel.PROPERTY, Boolean.toString(fast));
        try (NDArray r = backend.ufunc().evaluate(p, ops, shape)) {
            return r.toHost();
        }
    }

    private static HostArray reduce(CpuBackend backend, ElementwiseProgram p, NDArray[] ops, int[] shape, Reduction red,
            boolean[] reduced, int[] outShape, boolean fast) {
        System.setProperty(ContiguousKernel.PROPERTY, Boolean.toString(fast));
        try (NDArray r = backend.formula().reduce(p, ops, shape, red, reduced, p.resultType(), outShape)) {
            return r.toHost();
        }
    }

    private static void close(NDArray[] ops) {
        for (NDArray a : ops) {
            a.close();
        }
    }

    @Test
    void storedValuesEqualTheGeneralEngine() {
        try (CpuBackend backend = new CpuBackend(2)) {
            for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
                for (int n : SIZES) {
                    int[] shape = {n};
                    NDArray[] ops = operands(backend, t, shape, shape);
                    List<Function<DType, ElementwiseProgram>> programs = programs();
                    for (int k = 0; k < programs.size(); k++) {
                        ElementwiseProgram p = programs.get(k).apply(t);
                        HostArray[] hosts = {ops[0].toHost(), ops[1].toHost(), ops[2].toHost(), ops[3].toHost()};
                        if (n > 1) { // one element: every operand is a constant, which the general engine computes once
                            assertNotNull(ContiguousKernel.of(p, hosts, shape), "program " + k + " takes the fast path");
                        }
                        HostArray general = evaluate(backend, p, ops, shape, false);
                        for (boolean simd : new boolean[] {true, false}) {
                            System.setProperty(CpuSimd.PROPERTY, Boolean.toString(simd));
                            assertSameBits(general, evaluate(backend, p, ops, shape, true),
                                    t + " program " + k + " n=" + n + " simd=" + simd);
                        }
                        System.clearProperty(CpuSimd.PROPERTY);
                    }
                    close(ops);
                }
                // An operand with the result's elements but fewer axes (shape (n) into (1, n)).
                int n = 70_001;
                NDArray[] ops = operands(backend, t, new int[] {1, n}, new int[] {n});
                ElementwiseProgram p = programs().get(0).apply(t);
                assertSameBits(evaluate(backend, p, ops, new int[] {1, n}, false),
                        evaluate(backend, p, ops, new int[] {1, n}, true), t + " (n) into (1, n)");
                close(ops);
            }
        }
    }

    @Test
    void broadcastAndMixedProgramsKeepTheGeneralEngine() {
        DType t = DType.FLOAT32;
        ElementwiseProgram p = programs().get(0).apply(t);
        HostArray full = values(t, new int[] {4, 5}, 1);
        HostArray row = values(t, new int[] {5}, 2);
        assertNull(ContiguousKernel.of(p, new HostArray[] {full, row, full}, new int[] {4, 5}));
        ElementwiseProgram.Builder b = ElementwiseProgram.builder();
        int x = b.array(0, DType.FLOAT32);
        int e = b.call(ElementwiseFunction.EXP, List.of(t), t, x);
        assertNull(ContiguousKernel.of(b.build(e), new HostArray[] {full}, new int[] {4, 5}));
    }

    @Test
    void fusedSumsOfUniformsEqualTheGeneralEngine() {
        // Values like the benchmark's (uniforms in [0, 1) and [-1, 1)), where the lane sums of chunks answer.
        try (CpuBackend backend = new CpuBackend(2)) {
            int n = (3 << 20) + 777;
            int[] shape = {n};
            SplittableRandom r = new SplittableRandom(9);
            NDArray[] ops = new NDArray[4];
            for (int j = 0; j < 3; j++) {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) (j == 1 ? 2 * r.nextDouble() - 1 : r.nextDouble());
                }
                ops[j] = NDArray.fromHost(backend, new HostArray(DType.FLOAT32, shape, f));
            }
            ops[3] = NDArray.fromHost(backend, new HostArray(DType.FLOAT32, new int[] {1}, new float[] {0.5f}));
            for (int k : new int[] {0, 3, 5}) {
                ElementwiseProgram p = programs().get(k).apply(DType.FLOAT32);
                for (Reduction red : new Reduction[] {Reduction.SUM, Reduction.MEAN}) {
                    HostArray general = reduce(backend, p, ops, shape, red, new boolean[] {true}, new int[0], false);
                    for (boolean simd : new boolean[] {true, false}) {
                        System.setProperty(CpuSimd.PROPERTY, Boolean.toString(simd));
                        assertSameBits(general, reduce(backend, p, ops, shape, red, new boolean[] {true}, new int[0], true),
                                red + " program " + k + " simd=" + simd);
                    }
                    System.clearProperty(CpuSimd.PROPERTY);
                }
            }
            close(ops);
        }
    }

    @Test
    void fusedReductionsEqualTheGeneralEngine() {
        try (CpuBackend backend = new CpuBackend(2)) {
            for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
                // All axes, over sizes that end inside a group of eight chunks, a block and a chunk.
                for (int n : new int[] {1025, 8 * 1024 * 3 + 1000, 1_000_003, 3 << 20}) {
                    int[] shape = {n};
                    NDArray[] ops = operands(backend, t, shape, shape);
                    for (int k : new int[] {0, 5}) {
                        ElementwiseProgram p = programs().get(k).apply(t);
                        for (Reduction red : Reduction.values()) {
                            assertSameBits(reduce(backend, p, ops, shape, red, new boolean[] {true}, new int[0], false),
                                    reduce(backend, p, ops, shape, red, new boolean[] {true}, new int[0], true),
                                    t + " " + red + " program " + k + " n=" + n);
                        }
                    }
                    close(ops);
                }
                // One axis of two: trailing (runs of an output) and leading (an output per element).
                int[] shape = {301, 1999};
                NDArray[] ops = operands(backend, t, shape, shape);
                ElementwiseProgram p = programs().get(0).apply(t);
                for (Reduction red : Reduction.values()) {
                    for (int axis = 0; axis < 2; axis++) {
                        boolean[] reduced = {axis == 0, axis == 1};
                        int[] out = {shape[1 - axis]};
                        assertSameBits(reduce(backend, p, ops, shape, red, reduced, out, false),
                                reduce(backend, p, ops, shape, red, reduced, out, true), t + " " + red + " axis " + axis);
                    }
                }
                close(ops);
            }
        }
    }
}
