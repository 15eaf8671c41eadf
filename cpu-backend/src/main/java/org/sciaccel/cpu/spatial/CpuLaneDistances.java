package org.sciaccel.cpu.spatial;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.sciaccel.spi.DistanceMetric.Kind;

/**
 * {@link PairLoops}' metrics with SIMD from the JDK's vector API: the second point set interleaved in groups of
 * four rows ({@code t[g*4n + 4k + lane]} is feature k of row 4g + lane), so that one vector holds feature k of
 * four rows and one row of the first set is compared with eight rows per step (two vectors). Each lane sums its
 * pair's features in order with separate multiply and add (no fused multiply-add), so every distance equals the
 * scalar loops' to the bit. Only used when {@link org.sciaccel.cpu.CpuSimd#enabled()}.
 */
final class CpuLaneDistances {
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;

    private CpuLaneDistances() {
    }

    /** Whether the JVM's vector shapes take four double lanes (the layout above). */
    static boolean usable() {
        return D4.length() == 4;
    }

    /** The rows of b (m x n) interleaved in groups of four; the last group's missing rows are zeros. */
    static double[] interleave(double[] b, int m, int n) {
        int groups = (m + 3) / 4;
        double[] t = new double[groups * 4 * n];
        for (int j = 0; j < m; j++) {
            int g = j >> 2;
            int lane = j & 3;
            for (int k = 0; k < n; k++) {
                t[g * 4 * n + 4 * k + lane] = b[j * n + k];
            }
        }
        return t;
    }

    /**
     * out[o + (j - from)] = the distance from row u of a to row j of the interleaved set, j in [from, to); from
     * must be a multiple of 4. Returns the first j not computed (the caller finishes the last, partial group).
     */
    static int row(Kind kind, double[] a, int u, double[] t, int from, int to, int n, double[] out, int o) {
        switch (kind) {
            case EUCLIDEAN: return squares(a, u, t, from, to, n, out, o, true);
            case SQEUCLIDEAN: return squares(a, u, t, from, to, n, out, o, false);
            case CITYBLOCK: return absolutes(a, u, t, from, to, n, out, o);
            case CHEBYSHEV: return maxima(a, u, t, from, to, n, out, o);
            default: throw new AssertionError(kind);
        }
    }

    private static int squares(double[] a, int u, double[] t, int from, int to, int n, double[] out, int o,
            boolean root) {
        int j = from;
        for (; j + 8 <= to; j += 8) {
            int g0 = (j >> 2) * 4 * n;
            int g1 = g0 + 4 * n;
            DoubleVector s0 = DoubleVector.zero(D4);
            DoubleVector s1 = DoubleVector.zero(D4);
            for (int k = 0; k < n; k++) {
                DoubleVector x = DoubleVector.broadcast(D4, a[u + k]);
                DoubleVector d0 = x.sub(DoubleVector.fromArray(D4, t, g0 + 4 * k));
                DoubleVector d1 = x.sub(DoubleVector.fromArray(D4, t, g1 + 4 * k));
                s0 = s0.add(d0.mul(d0));
                s1 = s1.add(d1.mul(d1));
            }
            if (root) {
                s0 = s0.lanewise(VectorOperators.SQRT);
                s1 = s1.lanewise(VectorOperators.SQRT);
            }
            s0.intoArray(out, o + j - from);
            s1.intoArray(out, o + j - from + 4);
        }
        for (; j + 4 <= to; j += 4) {
            int g0 = (j >> 2) * 4 * n;
            DoubleVector s0 = DoubleVector.zero(D4);
            for (int k = 0; k < n; k++) {
                DoubleVector d0 = DoubleVector.broadcast(D4, a[u + k]).sub(DoubleVector.fromArray(D4, t, g0 + 4 * k));
                s0 = s0.add(d0.mul(d0));
            }
            if (root) {
                s0 = s0.lanewise(VectorOperators.SQRT);
            }
            s0.intoArray(out, o + j - from);
        }
        return j;
    }

    private static int absolutes(double[] a, int u, double[] t, int from, int to, int n, double[] out, int o) {
        int j = from;
        for (; j + 8 <= to; j += 8) {
            int g0 = (j >> 2) * 4 * n;
            int g1 = g0 + 4 * n;
            DoubleVector s0 = DoubleVector.zero(D4);
            DoubleVector s1 = DoubleVector.zero(D4);
            for (int k = 0; k < n; k++) {
                DoubleVector x = DoubleVector.broadcast(D4, a[u + k]);
                s0 = s0.add(x.sub(DoubleVector.fromArray(D4, t, g0 + 4 * k)).lanewise(VectorOperators.ABS));
                s1 = s1.add(x.sub(DoubleVector.fromArray(D4, t, g1 + 4 * k)).lanewise(VectorOperators.ABS));
            }
            s0.intoArray(out, o + j - from);
            s1.intoArray(out, o + j - from + 4);
        }
        for (; j + 4 <= to; j += 4) {
            int g0 = (j >> 2) * 4 * n;
            DoubleVector s0 = DoubleVector.zero(D4);
            for (int k = 0; k < n; k++) {
                s0 = s0.add(DoubleVector.broadcast(D4, a[u + k]).sub(DoubleVector.fromArray(D4, t, g0 + 4 * k))
                        .lanewise(VectorOperators.ABS));
            }
            s0.intoArray(out, o + j - from);
        }
        return j;
    }

    /** A lane's maximum is replaced only where the difference exceeds it (a NaN difference is skipped). */
    private static int maxima(double[] a, int u, double[] t, int from, int to, int n, double[] out, int o) {
        int j = from;
        for (; j + 4 <= to; j += 4) {
            int g0 = (j >> 2) * 4 * n;
            DoubleVector m0 = DoubleVector.zero(D4);
            for (int k = 0; k < n; k++) {
                DoubleVector d0 = DoubleVector.broadcast(D4, a[u + k]).sub(DoubleVector.fromArray(D4, t, g0 + 4 * k))
                        .lanewise(VectorOperators.ABS);
                m0 = m0.blend(d0, m0.lt(d0));
            }
            m0.intoArray(out, o + j - from);
        }
        return j;
    }
}
