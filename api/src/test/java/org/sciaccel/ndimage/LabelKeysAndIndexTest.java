package org.sciaccel.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.ndimage.MeasurementIndex.Matching;

/** The label keys' order and SciPy's matching of index entries (expected values from SciPy 1.10.1 / NumPy 1.24). */
class LabelKeysAndIndexTest {

    @Test
    void keysKeepTheOrderOfTheValuesAndTheirSign() {
        Random r = new Random(12);
        for (int i = 0; i < 100_000; i++) {
            double a = special(r);
            double b = special(r);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue; // NaN's key is checked below
            }
            assertEquals(a == b ? 0 : a < b ? -1 : 1,
                    Long.signum(Long.compare(LabelKeys.doubleKey(a), LabelKeys.doubleKey(b))), a + " vs " + b);
            float fa = (float) a;
            float fb = (float) b;
            assertEquals(fa == fb ? 0 : fa < fb ? -1 : 1,
                    Long.signum(Long.compare(LabelKeys.floatKey(fa), LabelKeys.floatKey(fb))), fa + " vs " + fb);
            assertEquals(a > 0, LabelKeys.doubleKey(a) > 0, "sign of " + a);
            assertEquals(fa > 0, LabelKeys.floatKey(fa) > 0, "sign of " + fa);
        }
        assertEquals(0, LabelKeys.doubleKey(-0.0));
        assertEquals(0, LabelKeys.floatKey(-0.0f));
        assertEquals(LabelKeys.NAN_KEY, LabelKeys.doubleKey(Double.NaN));
        assertEquals(LabelKeys.NAN_KEY, LabelKeys.floatKey(Float.NaN));
        assertTrue(LabelKeys.doubleKey(Double.NEGATIVE_INFINITY) > LabelKeys.NAN_KEY);
        assertTrue(LabelKeys.floatKey(Float.NEGATIVE_INFINITY) > LabelKeys.NAN_KEY);
    }

    private static double special(Random r) {
        switch (r.nextInt(6)) {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 3: return (r.nextInt(9) - 4) * 0.5;
            case 4: return Double.longBitsToDouble(r.nextLong()); // any bits: subnormals, huge values, NaNs
            default: return r.nextGaussian() * Math.pow(10, r.nextInt(60) - 30);
        }
    }

    private static boolean[] present(MeasurementIndex index, DType labels, Matching m, boolean bincount,
            long[] keys) {
        boolean[] p = new boolean[index.size()];
        long[] k = index.keys(labels, m, () -> bincount, p);
        for (int i = 0; i < k.length; i++) {
            if (p[i]) {
                keys[i] = k[i];
            }
        }
        return p;
    }

    @Test
    void oneFloatLabelIsComparedInTheLabelsTypeAndAListInFloat64() {
        // ndimage.sum([1., 2., 3.], np.float32([0.1, 0.2, 0.1]), 0.1) -> 4.0; with index [0.1, 0.2] -> [0., 0.]
        long[] k = new long[1];
        assertArrayEquals(new boolean[] {true}, present(MeasurementIndex.of(0.1), DType.FLOAT32, Matching.MEASURE, false, k));
        assertEquals(LabelKeys.floatKey(0.1f), k[0]);
        assertArrayEquals(new boolean[] {false, false}, present(MeasurementIndex.of(new double[] {0.1, 0.2}),
                DType.FLOAT32, Matching.MEASURE, false, new long[2]));
        // float64 labels: 0.1 is 0.1 either way; 2.5 is a float16 too
        assertArrayEquals(new boolean[] {true, true}, present(MeasurementIndex.of(new double[] {0.1, 2.5}),
                DType.FLOAT64, Matching.MEASURE, false, new long[2]));
        assertArrayEquals(new boolean[] {false, true, false}, present(MeasurementIndex.of(new double[] {0.1, 2.5,
            Double.NaN}), DType.FLOAT16, Matching.MEASURE, false, new long[3]));
    }

    @Test
    void aFloatListAgainstSmallIntegerLabelsIsTruncatedOnlyWhereSciPyUsesBincount() {
        // labels [1, 4, 4, 2]: ndimage.sum([1., 2, 3, 4], labels, [1.0, 4.5]) -> [1., 5.] (4.5 -> 4)
        long[] k = new long[3];
        MeasurementIndex list = MeasurementIndex.of(new double[] {1.0, 4.5, -0.5});
        assertArrayEquals(new boolean[] {true, true, true}, present(list, DType.INT32, Matching.MEASURE, true, k));
        assertArrayEquals(new long[] {1, 4, 0}, k);
        // labels [1, 4, 4, -2] take numpy.unique: ndimage.sum(..., [1.0, 4.5, 4.0]) -> [1., 0., 5.]
        assertArrayEquals(new boolean[] {true, false, true}, present(MeasurementIndex.of(new double[] {1.0, 4.5, 4.0}),
                DType.INT64, Matching.MEASURE, false, new long[3]));
        // uint64 labels are never "safely castable": no truncation
        assertArrayEquals(new boolean[] {true, false}, present(MeasurementIndex.of(new double[] {1.0, 4.5}),
                DType.UINT64, Matching.MEASURE, true, new long[2]));
        // one label of 4.5 is compared in float64: ndimage.sum(..., labels, 4.5) -> 0.0
        assertArrayEquals(new boolean[] {false}, present(MeasurementIndex.of(4.5), DType.INT32, Matching.MEASURE, true,
                new long[1]));
    }

    @Test
    void histogramConvertsTheIndexToTheLabelsTypeWithoutLoss() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> present(
                MeasurementIndex.of(new double[] {4.5}), DType.INT64, Matching.HISTOGRAM, true, new long[1]));
        assertTrue(e.getMessage().startsWith("index: Cannot convert index values from <float64> to <int64> (labels' "
                + "type) without loss of precision"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> present(MeasurementIndex.of(new long[] {300, 1}),
                DType.INT8, Matching.HISTOGRAM, true, new long[2]));
        assertThrows(IllegalArgumentException.class, () -> present(MeasurementIndex.of(new double[] {0.1}),
                DType.FLOAT32, Matching.HISTOGRAM, true, new long[1]));
        long[] k = new long[2];
        present(MeasurementIndex.of(new double[] {0.5, -1.5}), DType.FLOAT32, Matching.HISTOGRAM, false, k);
        assertArrayEquals(new long[] {LabelKeys.floatKey(0.5f), LabelKeys.floatKey(-1.5f)}, k);
        // int64 -> uint64 -> int64 keeps the bits: -1 is the label 2^64 - 1
        present(MeasurementIndex.of(new long[] {-1, 3}), DType.UINT64, Matching.HISTOGRAM, false, k);
        assertArrayEquals(new long[] {-1, 3}, k);
    }
}
