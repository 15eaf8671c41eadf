package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.MorphologyOps;

/**
 * Validation, grouping and SciPy's result rules for the label measurements behind {@link Ndimage}. A selection
 * is SciPy's (labels, index): no labels (every element), labels without index (labels &gt; 0), a scalar index, or
 * an index list whose entries may repeat or be absent from the labels.
 */
final class LabelMeasurements {
    private LabelMeasurements() {
    }

    /** A validated selection: the distinct sorted keys and, per index entry, its group (-1: matches no label). */
    static final class Selection {
        final NDArray input;
        final NDArray labels;
        /** The shape the measurement sees: input's, or input and labels broadcast together. */
        final int[] shape;
        final long[] keys;
        final int[] entryGroup;
        final boolean list;
        /** The op that routes this selection's reductions. */
        final String op;

        private Selection(String op, NDArray input, NDArray labels, MeasurementIndex index,
                MeasurementIndex.Matching matching) {
            this.op = op;
            this.input = input;
            this.labels = labels;
            this.shape = labels == null ? input.shape() : MeasurementBroadcast.shape(input.shape(), labels.shape());
            this.list = index.list;
            if (labels == null || index.isNone()) {
                keys = null;
                entryGroup = new int[] {0};
                return;
            }
            boolean[] present = new boolean[index.size()];
            long[] entryKeys = index.keys(labels.dtype(), matching, () -> bincountLabels(this), present);
            long[] sorted = new long[entryKeys.length];
            int m = 0;
            for (int i = 0; i < entryKeys.length; i++) {
                if (present[i]) {
                    sorted[m++] = entryKeys[i];
                }
            }
            sorted = Arrays.copyOf(sorted, m);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            keys = Arrays.copyOf(sorted, n);
            entryGroup = new int[entryKeys.length];
            for (int i = 0; i < entryKeys.length; i++) {
                entryGroup[i] = present[i] ? Arrays.binarySearch(keys, entryKeys[i]) : -1;
            }
        }

        int entries() {
            return entryGroup.length;
        }

        int size() {
            long n = 1;
            for (int d : shape) {
                n *= d;
            }
            return (int) n;
        }
    }

    /** Whether SciPy counts these (integer) labels with bincount: labels.min() &gt;= 0 and labels.max() &lt;= labels.size. */
    private static boolean bincountLabels(Selection s) {
        GroupStatistics range = run(s.op, s, (ops, in, lab) -> ops.groupStatistics(lab, null, null));
        return range.count[0] > 0 && range.exactMin[0] >= 0 && range.exactMax[0] <= s.size();
    }

    static Selection select(String op, NDArray input, NDArray labels, MeasurementIndex index) {
        return select(op, input, labels, index, MeasurementIndex.Matching.MEASURE);
    }

    static Selection select(String op, NDArray input, NDArray labels, MeasurementIndex index,
            MeasurementIndex.Matching matching) {
        BinaryMorphology.checkInput(input);
        if (labels != null) {
            BinaryMorphology.checkArray("labels", labels);
            if (labels.dtype().isComplex()) {
                throw new IllegalArgumentException("labels: complex dtype " + labels.dtype() + " is not supported");
            }
            BinaryMorphology.checkSameBackend("labels", labels, input);
        }
        Selection s = new Selection(op, input, labels, labels == null ? MeasurementIndex.none() : index, matching);
        if (labels != null && index.list && matching == MeasurementIndex.Matching.MEASURE
                && MeasurementIndex.safelyCastableToInt(labels.dtype()) && s.size() == 0) {
            // SciPy's _stats and _select test labels.min() before they count anything.
            throw new IllegalArgumentException("labels: zero-size array to reduction operation minimum which has no "
                    + "identity (labels shape " + Shapes.toString(labels.shape()) + ", index a list)");
        }
        return s;
    }

    /** A measurement body, given the SPI to run on and the input and labels as they live there. */
    interface Body<T> {
        T apply(MorphologyOps ops, NDArray input, NDArray labels);
    }

    /** Runs {@code body} where {@link OpRouter} routes {@code op}, with the input and labels as they live there. */
    static <T> T run(String op, Selection s, Body<T> body) {
        return OpRouter.value(op, (backend, in) -> {
            if (in[1] == null || (Arrays.equals(in[0].shape(), s.shape) && Arrays.equals(in[1].shape(), s.shape))) {
                return body.apply(backend.morphology(), in[0], in[1]);
            }
            try (NDArray input = MeasurementBroadcast.expand(backend, in[0], s.shape);
                    NDArray labels = MeasurementBroadcast.expand(backend, in[1], s.shape)) {
                return body.apply(backend.morphology(), input, labels);
            }
        }, s.input, s.labels);
    }

    // ---- the measurements, one value per index entry ----

    static GroupStatistics statistics(String op, Selection s) {
        return run(op, s, (ops, in, lab) -> ops.groupStatistics(in, lab, s.keys));
    }

    /**
     * SciPy's sum of a single selection, NumPy's {@code vals.sum()}: integers (bool included) exactly in int64, or
     * uint64 for unsigned inputs, wrapping as NumPy's does; float16 and float32 rounded to their type.
     */
    private static double singleSum(DType t, GroupStatistics st, int g) {
        if (t.isIntegral()) {
            long v = st.exactSum[g];
            return t.kind() == DType.Kind.UNSIGNED ? Casting.unsignedToDouble(v) : v;
        }
        return roundTo(t, st.sum[g]);
    }

    /** A double rounded to a floating input's own type (float16, float32); float64 as it is. */
    private static double roundTo(DType t, double v) {
        switch (t) {
            case FLOAT16: return Half.toDouble(Half.fromDouble(v));
            case FLOAT32: return (float) v;
            default: return v;
        }
    }

    /** Per group, the sum a measurement divides by: a list's bincount sums in float64, else {@link #singleSum}. */
    private static double groupSum(Selection s, GroupStatistics st, int g) {
        return s.list ? st.sum[g] : singleSum(s.input.dtype(), st, g);
    }

    static double[] sum(Selection s) {
        GroupStatistics st = statistics("ndimage.sum", s);
        double[] out = new double[s.entries()];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            out[e] = g < 0 ? 0 : groupSum(s, st, g);
        }
        return out;
    }

    static double[] mean(Selection s) {
        GroupStatistics st = statistics("ndimage.mean", s);
        double[] out = new double[s.entries()];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            out[e] = g < 0 ? Double.NaN : groupSum(s, st, g) / st.count[g];
        }
        return out;
    }

    /**
     * SciPy's two-pass variance: the mean per group, then the mean squared deviation from it. A list sums in float64
     * (bincount); a single selection in the input's type, as NumPy's {@code vals - vals.mean()}: a float16 input in
     * float16 arithmetic (the backend rounds each difference and square), a float32 input's mean rounded to float32.
     */
    static double[] variance(String op, Selection s) {
        GroupStatistics st = statistics(op, s);
        DType t = s.input.dtype();
        double[] means = new double[st.groups()];
        for (int g = 0; g < means.length; g++) {
            means[g] = s.list ? st.sum[g] / st.count[g] : roundTo(t, st.sum[g] / st.count[g]);
        }
        double[] sq = run(op, s, (ops, in, lab) -> {
            if (!s.list || in.dtype() != DType.FLOAT16) {
                return ops.groupCentredSquares(in, lab, s.keys, means);
            }
            // float16 widens exactly to either; a device without double precision sums in float anyway.
            try (NDArray wide = in.astype(in.backend().supports(DType.FLOAT64) ? DType.FLOAT64 : DType.FLOAT32)) {
                return ops.groupCentredSquares(wide, lab, s.keys, means);
            }
        });
        double[] out = new double[s.entries()];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            // A float16 selection's squares are summed by NumPy into a float16.
            out[e] = g < 0 ? Double.NaN : (s.list ? sq[g] : roundTo(t == DType.FLOAT16 ? t : DType.FLOAT64, sq[g]))
                    / st.count[g];
        }
        return out;
    }

    static double[] standardDeviation(Selection s) {
        double[] v = variance("ndimage.standard_deviation", s);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sqrt(v[i]);
        }
        return v;
    }

    /**
     * Minimum (or maximum): 0 for an absent label of a list; an error when a single selection is empty. The backends
     * order NaN after every number (NumPy's sort order), which is what SciPy's index lists see through their sort:
     * the minimum skips NaN unless every value is NaN, the maximum is NaN when any value is. A single selection is
     * NumPy's {@code vals.min()}, NaN when any value is NaN.
     */
    static double[] extreme(String op, Selection s, boolean max) {
        GroupStatistics st = statistics(op, s);
        requireElements(op, s, st, max ? "maximum" : "minimum");
        double[] out = new double[s.entries()];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            out[e] = g < 0 ? 0 : max ? st.max[g] : !s.list && Double.isNaN(st.max[g]) ? Double.NaN : st.min[g];
        }
        return out;
    }

    /**
     * Positions as coordinates. SciPy's single selections give the first extreme in raster order; its index lists
     * (through a sort) the first minimum and the last maximum.
     */
    static int[][] position(String op, Selection s, boolean max) {
        GroupStatistics st = statistics(op, s);
        requireElements(op, s, st, max ? "maximum" : "minimum");
        requireNoNaN(op, s, st);
        int[][] out = new int[s.entries()][];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            long flat = g < 0 ? 0 : !max ? st.minFirst[g] : s.list ? st.maxLast[g] : st.maxFirst[g];
            out[e] = unravel(flat, s.shape);
        }
        return out;
    }

    static Extrema extrema(Selection s) {
        String op = "ndimage.extrema";
        GroupStatistics st = statistics(op, s);
        requireElements(op, s, st, "minimum");
        requireNoNaN(op, s, st);
        int n = s.entries();
        double[] mins = new double[n];
        double[] maxs = new double[n];
        int[][] minPos = new int[n][];
        int[][] maxPos = new int[n][];
        for (int e = 0; e < n; e++) {
            int g = s.entryGroup[e];
            mins[e] = g < 0 ? 0 : st.min[g];
            maxs[e] = g < 0 ? 0 : st.max[g];
            minPos[e] = unravel(g < 0 ? 0 : st.minFirst[g], s.shape);
            maxPos[e] = unravel(g < 0 ? 0 : s.list ? st.maxLast[g] : st.maxFirst[g], s.shape);
        }
        return new Extrema(mins, maxs, minPos, maxPos);
    }

    static double[] median(Selection s) {
        String op = "ndimage.median";
        GroupStatistics st = statistics(op, s);
        double[] med = run(op, s, (ops, in, lab) -> ops.groupMedian(in, lab, s.keys));
        double absent = Double.NaN;
        double[] out = new double[s.entries()];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            if (g >= 0 && st.count[g] > 0) {
                // A list's medians are the middle of its (label, value) sort, NaN last; numpy.median gives NaN.
                out[e] = !s.list && Double.isNaN(st.max[g]) ? Double.NaN : med[g];
            } else if (!s.list) {
                out[e] = Double.NaN; // numpy.median of nothing
            } else {
                if (Double.isNaN(absent)) {
                    absent = medianOfAbsentLabel(op, s);
                }
                out[e] = absent;
            }
        }
        return out;
    }

    /**
     * SciPy's list path gives a label that does not occur the first value of its sorted (label, value) order: the
     * smallest value among the elements with the smallest label.
     */
    private static double medianOfAbsentLabel(String op, Selection s) {
        NDArray labels = s.labels;
        GroupStatistics labelRange = run(op, s, (ops, in, lab) -> ops.groupStatistics(lab, null, null));
        DType lt = labels.dtype();
        long smallest = lt == DType.FLOAT64 ? LabelKeys.doubleKey(labelRange.min[0])
                : lt.isFloatingPoint() ? LabelKeys.floatKey((float) labelRange.min[0]) : labelRange.exactMin[0];
        GroupStatistics first = run(op, s, (ops, in, lab) -> ops.groupStatistics(in, lab, new long[] {smallest}));
        return labels.size() == 0 ? 0 : first.min[0];
    }

    /** Per entry and axis: sum(input * coordinate) / sum(input); NaN where the sum is 0 (SciPy's 0/0). */
    static double[][] centerOfMass(Selection s) {
        String op = "ndimage.center_of_mass";
        GroupStatistics st = statistics(op, s);
        double[][] w = run(op, s, (ops, in, lab) -> ops.groupWeightedCoordinates(in, lab, s.keys));
        // SciPy takes the coordinates from the input's own shape (np.ogrid over input.shape), so an
        // input smaller than the broadcast shape has one coordinate per input axis, 0 along its length-1 axes.
        int nd = s.input.ndim();
        int offset = s.shape.length - nd;
        double[][] out = new double[s.entries()][nd];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            for (int ax = 0; ax < nd; ax++) {
                boolean spread = s.input.shape(ax) == 1 && s.shape[offset + ax] != 1;
                out[e][ax] = g < 0 ? 0.0 / 0.0 : (spread ? 0.0 : w[g][offset + ax]) / groupSum(s, st, g);
            }
        }
        return out;
    }

    static long[][] histogram(Selection s, double min, double max, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins=" + bins + " must be at least 1");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("min=" + min + ", max=" + max + ": the range must be finite");
        }
        if (min > max) {
            throw new IllegalArgumentException("max=" + max + " must be larger than min=" + min);
        }
        // NumPy widens an empty range by 0.5 on both sides.
        double lo = min == max ? min - 0.5 : min;
        double hi = min == max ? max + 0.5 : max;
        String op = "ndimage.histogram";
        GroupStatistics st = statistics(op, s);
        long[][] h = run(op, s, (ops, in, lab) -> ops.groupHistogram(in, lab, s.keys, lo, hi, bins));
        long[][] out = new long[s.entries()][];
        for (int e = 0; e < out.length; e++) {
            int g = s.entryGroup[e];
            // SciPy's labeled_comprehension gives None for a listed label that does not occur.
            out[e] = s.list && (g < 0 || st.count[g] == 0) ? null : g < 0 ? new long[bins] : h[g].clone();
        }
        return out;
    }

    /** A single selection without elements: NumPy's min / max of nothing, in its words ({@code reduction}). */
    private static void requireElements(String op, Selection s, GroupStatistics st, String reduction) {
        if (!s.list && (st.groups() == 0 || st.count[0] == 0)) {
            throw new IllegalArgumentException("input: zero-size array to reduction operation " + reduction
                    + " which has no identity (" + op + " selects no element; input shape " + Shapes.toString(s.shape)
                    + (s.labels == null ? "" : ", labels given") + ")");
        }
    }

    /**
     * A single selection holding NaN has no position: SciPy looks for the elements equal to {@code vals.min()} (NaN),
     * finds none and fails with an IndexError. (An index list finds them through its sort, where NaN is largest.)
     */
    private static void requireNoNaN(String op, Selection s, GroupStatistics st) {
        if (!s.list && Double.isNaN(st.max[0])) {
            throw new IllegalArgumentException("input: " + op + " of a selection holding NaN has no position (SciPy "
                    + "finds no element equal to the NaN extreme and raises an IndexError; input shape "
                    + Shapes.toString(s.shape) + (s.labels == null ? "" : ", labels given") + ")");
        }
    }

    static int[] unravel(long flat, int[] shape) {
        int[] c = new int[shape.length];
        for (int ax = shape.length - 1; ax >= 0; ax--) {
            c[ax] = (int) (flat % shape[ax]);
            flat /= shape[ax];
        }
        return c;
    }
}
