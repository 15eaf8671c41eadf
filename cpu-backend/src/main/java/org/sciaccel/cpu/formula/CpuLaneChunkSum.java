package org.sciaccel.cpu.formula;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
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
    /** Floats as doubles: a half-width float vector widens to a double vector of the preferred shape. */
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> H = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    /** The same floats' bits, two half-width vectors at a time. */
    private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, D.vectorShape());
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int STEP = 2 * F.length();

    private CpuLaneChunkSum() {
    }

    /** Whether the species line up (a float vector of the preferred shape holds two double vectors' values). */
    static boolean usable() {
        return F.length() == 2 * D.length() && I.length() == F.length() && H.length() == D.length();
    }

    /**
     * The sum of {@code a[from .. from + len - 1]} (len at most 2^10) in double, or NaN where the exact-sum
     * condition does not hold (the caller then sums plainly).
     */
    static double exactSum(float[] a, int from, int len) {
        // Magnitudes as bits (monotonic in the value for finite floats); the smallest nonzero one through
        // (bits - 1) & 0x7FFFFFFF, which sends 0 to the largest int.
        IntVector max = IntVector.zero(I);
        IntVector min = IntVector.broadcast(I, 0x7FFFFFFF);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = DoubleVector.zero(D);
        DoubleVector s2 = DoubleVector.zero(D);
        DoubleVector s3 = DoubleVector.zero(D);
        int half = D.length();
        int k = 0;
        for (; k + STEP <= len; k += STEP) {
            int o = from + k;
            IntVector x = FloatVector.fromArray(F, a, o).reinterpretAsInts().and(0x7FFFFFFF);
            IntVector y = FloatVector.fromArray(F, a, o + F.length()).reinterpretAsInts().and(0x7FFFFFFF);
            max = max.max(x).max(y);
            min = min.min(x.sub(1).and(0x7FFFFFFF)).min(y.sub(1).and(0x7FFFFFFF));
            s0 = s0.add((DoubleVector) FloatVector.fromArray(H, a, o).castShape(D, 0));
            s1 = s1.add((DoubleVector) FloatVector.fromArray(H, a, o + half).castShape(D, 0));
            s2 = s2.add((DoubleVector) FloatVector.fromArray(H, a, o + 2 * half).castShape(D, 0));
            s3 = s3.add((DoubleVector) FloatVector.fromArray(H, a, o + 3 * half).castShape(D, 0));
        }
        int mxBits = max.reduceLanes(VectorOperators.MAX);
        int mnBits = min.reduceLanes(VectorOperators.MIN);
        double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; k < len; k++) {
            float v = a[from + k];
            int bits = Float.floatToRawIntBits(v) & 0x7FFFFFFF;
            mxBits = Math.max(mxBits, bits);
            mnBits = Math.min(mnBits, (bits - 1) & 0x7FFFFFFF);
            s += v;
        }
        if (mxBits >= 0x7F800000) {
            return Double.NaN; // a NaN or an infinity
        }
        if (mxBits == 0) {
            return 0.0; // zeros only: the plain sum from +0 is +0
        }
        float mx = Float.intBitsToFloat(mxBits);
        float mn = Float.intBitsToFloat(mnBits + 1);
        // The unit: the last place of the smallest nonzero magnitude (2^-149 for subnormals).
        int unit = Math.max(Math.getExponent(mn), Float.MIN_EXPONENT) - 23;
        // Every partial sum is below len * 2^(e(max) + 1) <= 2^(e(max) + 11).
        if (Math.getExponent(mx) + 11 > 53 + unit) {
            return Double.NaN;
        }
        return s;
    }
}
