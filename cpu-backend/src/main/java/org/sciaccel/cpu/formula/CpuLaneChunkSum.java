package org.sciaccel.cpu.formula;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A chunk's float sum in double precision on the JDK's vector API, where it is provably the plain sum's value:
 * when every value is finite and the largest magnitude times the count stays below 2^53 units of the smallest
 * nonzero value's last place, every partial sum in any order is a multiple of that unit and fits a double's 53
 * bits, so every addition is exact and the order does not matter: the lanes' sum equals
 * {@code ((0 + a[0]) + a[1]) + ...} bit for bit. Elsewhere (NaN, infinities, magnitudes too far apart) it says
 * so and the caller adds the values one by one. Only loaded once {@link org.sciaccel.cpu.CpuSimd#enabled()}
 * said yes.
 */
final class CpuLaneChunkSum {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = VectorSpecies.of(double.class, F.vectorShape());

    private CpuLaneChunkSum() {
    }

    /**
     * The sum of {@code a[from .. from + len - 1]} (len at most 2^10) in double, or NaN where the exact-sum
     * condition does not hold (the caller then sums plainly).
     */
    static double exactSum(float[] a, int from, int len) {
        FloatVector max = FloatVector.zero(F);
        FloatVector min = FloatVector.broadcast(F, Float.POSITIVE_INFINITY);
        FloatVector inf = min;
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = DoubleVector.zero(D);
        int m = F.loopBound(len);
        int k = 0;
        for (; k < m; k += F.length()) {
            FloatVector v = FloatVector.fromArray(F, a, from + k);
            FloatVector av = v.abs();
            max = max.max(av);
            min = min.min(av.blend(inf, av.eq(0f)));
            s0 = s0.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0));
            s1 = s1.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1));
        }
        float mx = max.reduceLanes(VectorOperators.MAX);
        float mn = min.reduceLanes(VectorOperators.MIN);
        double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; k < len; k++) {
            float v = a[from + k];
            float av = Math.abs(v);
            mx = Math.max(mx, av);
            if (av != 0f) {
                mn = Math.min(mn, av);
            }
            s += v;
        }
        if (!(mx <= Float.MAX_VALUE)) {
            return Double.NaN; // a NaN or an infinity
        }
        if (mx == 0f) {
            return 0.0; // zeros only: the plain sum from +0 is +0
        }
        // The unit: the last place of the smallest nonzero magnitude (2^-149 for subnormals).
        int unit = Math.max(Math.getExponent(mn), Float.MIN_EXPONENT) - 23;
        // Every partial sum is below len * 2^(e(max) + 1) <= 2^(e(max) + 11).
        if (Math.getExponent(mx) + 11 > 53 + unit) {
            return Double.NaN;
        }
        return s;
    }
}
