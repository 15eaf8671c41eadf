package org.sciaccel.cpu.reduction;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hot float32 reductions with SIMD from the JDK's vector API (C2 keeps a floating-point reduction
 * sequential, so it never vectorises {@code s += v[i]} or {@code m = max(m, v[i])}): sums of floats in double
 * lanes, NaN-propagating extremes (the API's MAX and MIN lanes are Math.max and Math.min), and whole rows of
 * floats folded into rows of double states. Only used when {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 *
 * <p>A float32 sum in double lanes is exact to well below float32's precision (each lane adds at most
 * {@code n / 16} values: a relative error of {@code n / 16 * 2^-53}, under 5e-10 for 2^26 elements), so the
 * float32 result rounded from it is at least as accurate as NumPy's pairwise float32 sum.
 */
final class CpuLaneReductions {
    /** Four floats converted to four doubles: the conversion C2 emits as one instruction. */
    private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private CpuLaneReductions() {
    }

    /** The sum of {@code v[off, off + len)} in double. */
    static double sum(float[] v, int off, int len) {
        DoubleVector a0 = DoubleVector.zero(D4);
        DoubleVector a1 = DoubleVector.zero(D4);
        DoubleVector a2 = DoubleVector.zero(D4);
        DoubleVector a3 = DoubleVector.zero(D4);
        int i = 0;
        for (; i <= len - 16; i += 16) {
            a0 = a0.add(FloatVector.fromArray(F4, v, off + i).convertShape(VectorOperators.F2D, D4, 0));
            a1 = a1.add(FloatVector.fromArray(F4, v, off + i + 4).convertShape(VectorOperators.F2D, D4, 0));
            a2 = a2.add(FloatVector.fromArray(F4, v, off + i + 8).convertShape(VectorOperators.F2D, D4, 0));
            a3 = a3.add(FloatVector.fromArray(F4, v, off + i + 12).convertShape(VectorOperators.F2D, D4, 0));
        }
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            s += v[off + i];
        }
        return s;
    }

    /** {@code max} (or min) of {@code m} and {@code v[off, off + len)}; NaN propagates. */
    static float extreme(float[] v, int off, int len, float m, boolean max) {
        // The operator must be a constant at each call of lanewise for C2 to emit the instruction.
        return max ? max(v, off, len, m) : min(v, off, len, m);
    }

    private static float max(float[] v, int off, int len, float m) {
        int w = F.length();
        FloatVector m0 = FloatVector.broadcast(F, m);
        FloatVector m1 = m0;
        FloatVector m2 = m0;
        FloatVector m3 = m0;
        int i = 0;
        for (; i <= len - 4 * w; i += 4 * w) {
            m0 = m0.max(FloatVector.fromArray(F, v, off + i));
            m1 = m1.max(FloatVector.fromArray(F, v, off + i + w));
            m2 = m2.max(FloatVector.fromArray(F, v, off + i + 2 * w));
            m3 = m3.max(FloatVector.fromArray(F, v, off + i + 3 * w));
        }
        float r = m0.max(m1).max(m2.max(m3)).reduceLanes(VectorOperators.MAX);
        for (; i < len; i++) {
            r = Math.max(r, v[off + i]);
        }
        return r;
    }

    private static float min(float[] v, int off, int len, float m) {
        int w = F.length();
        FloatVector m0 = FloatVector.broadcast(F, m);
        FloatVector m1 = m0;
        FloatVector m2 = m0;
        FloatVector m3 = m0;
        int i = 0;
        for (; i <= len - 4 * w; i += 4 * w) {
            m0 = m0.min(FloatVector.fromArray(F, v, off + i));
            m1 = m1.min(FloatVector.fromArray(F, v, off + i + w));
            m2 = m2.min(FloatVector.fromArray(F, v, off + i + 2 * w));
            m3 = m3.min(FloatVector.fromArray(F, v, off + i + 3 * w));
        }
        float r = m0.min(m1).min(m2.min(m3)).reduceLanes(VectorOperators.MIN);
        for (; i < len; i++) {
            r = Math.min(r, v[off + i]);
        }
        return r;
    }

    /**
     * {@code acc[ao + k] += v[off + r * stride + k]} for the {@code rows} rows {@code r} (at most 4) and
     * {@code k < len}: rows are added to each other first, so the states are loaded and stored once per 4 rows.
     */
    static void addRowsInto(double[] acc, int ao, float[] v, int off, int stride, int rows, int len) {
        if (rows < 4) {
            for (int r = 0; r < rows; r++) {
                addInto(acc, ao, v, off + r * stride, len);
            }
            return;
        }
        int o1 = off + stride, o2 = off + 2 * stride, o3 = off + 3 * stride;
        int i = 0;
        for (; i <= len - 4; i += 4) {
            DoubleVector a = FloatVector.fromArray(F4, v, off + i).convertShape(VectorOperators.F2D, D4, 0)
                    .reinterpretAsDoubles();
            DoubleVector b = FloatVector.fromArray(F4, v, o1 + i).convertShape(VectorOperators.F2D, D4, 0)
                    .reinterpretAsDoubles();
            DoubleVector c = FloatVector.fromArray(F4, v, o2 + i).convertShape(VectorOperators.F2D, D4, 0)
                    .reinterpretAsDoubles();
            DoubleVector d = FloatVector.fromArray(F4, v, o3 + i).convertShape(VectorOperators.F2D, D4, 0)
                    .reinterpretAsDoubles();
            DoubleVector.fromArray(D4, acc, ao + i).add(a.add(b).add(c.add(d))).intoArray(acc, ao + i);
        }
        for (; i < len; i++) {
            acc[ao + i] += ((double) v[off + i] + v[o1 + i]) + ((double) v[o2 + i] + v[o3 + i]);
        }
    }

    /** As {@link #addRowsInto} for {@code max} (or min), NaN propagating. */
    static void extremeRowsInto(double[] acc, int ao, float[] v, int off, int stride, int rows, int len,
            boolean max) {
        if (rows < 4) {
            for (int r = 0; r < rows; r++) {
                extremeInto(acc, ao, v, off + r * stride, len, max);
            }
            return;
        }
        int o1 = off + stride, o2 = off + 2 * stride, o3 = off + 3 * stride;
        int w = F.length();
        int i = 0;
        // The extremes of four float rows are floats: combined in float lanes, converted once per 4 rows.
        for (; i <= len - w; i += w) {
            FloatVector a = FloatVector.fromArray(F, v, off + i);
            FloatVector b = FloatVector.fromArray(F, v, o1 + i);
            FloatVector c = FloatVector.fromArray(F, v, o2 + i);
            FloatVector d = FloatVector.fromArray(F, v, o3 + i);
            FloatVector m = max ? a.max(b).max(c.max(d)) : a.min(b).min(c.min(d));
            for (int part = 0; part < w / 4; part++) {
                DoubleVector x = m.convertShape(VectorOperators.F2D, D4, part).reinterpretAsDoubles();
                DoubleVector s = DoubleVector.fromArray(D4, acc, ao + i + 4 * part);
                (max ? s.max(x) : s.min(x)).intoArray(acc, ao + i + 4 * part);
            }
        }
        for (; i < len; i++) {
            float m = max ? Math.max(Math.max(v[off + i], v[o1 + i]), Math.max(v[o2 + i], v[o3 + i]))
                    : Math.min(Math.min(v[off + i], v[o1 + i]), Math.min(v[o2 + i], v[o3 + i]));
            acc[ao + i] = max ? Math.max(acc[ao + i], m) : Math.min(acc[ao + i], m);
        }
    }

    /** {@code acc[ao + k] += v[off + k]} for {@code k < len}. */
    static void addInto(double[] acc, int ao, float[] v, int off, int len) {
        int i = 0;
        for (; i <= len - 4; i += 4) {
            DoubleVector.fromArray(D4, acc, ao + i)
                    .add(FloatVector.fromArray(F4, v, off + i).convertShape(VectorOperators.F2D, D4, 0))
                    .intoArray(acc, ao + i);
        }
        for (; i < len; i++) {
            acc[ao + i] += v[off + i];
        }
    }

    /** {@code acc[ao + k] = max(acc[ao + k], v[off + k])} (or min), NaN propagating. */
    static void extremeInto(double[] acc, int ao, float[] v, int off, int len, boolean max) {
        int i = 0;
        for (; i <= len - 4; i += 4) {
            DoubleVector s = DoubleVector.fromArray(D4, acc, ao + i);
            DoubleVector x = FloatVector.fromArray(F4, v, off + i).convertShape(VectorOperators.F2D, D4, 0)
                    .reinterpretAsDoubles();
            (max ? s.max(x) : s.min(x)).intoArray(acc, ao + i);
        }
        for (; i < len; i++) {
            acc[ao + i] = max ? Math.max(acc[ao + i], v[off + i]) : Math.min(acc[ao + i], v[off + i]);
        }
    }
}
