package org.sciaccel.ndimage;

/**
 * The geometry of an n-D filter window over an input, shared by the backends' footprint filters
 * ({@code correlate}, {@code rank_filter}): the taps (true footprint elements, row-major order),
 * each tap's offset along every axis from the output position ({@code idx - fshape/2 - origin},
 * SciPy's placement), its flat offset in the row-major input, and per axis the range of positions
 * whose whole window lies inside the input (where no boundary rule is needed).
 */
public final class FilterFootprint {
    private final int nd;
    private final int[] shape;
    private final int taps;
    /** axisOffsets[a][t]: offset of tap t along axis a. */
    private final int[][] axisOffsets;
    private final int[] flatOffsets;
    private final int[] interiorLo;
    private final int[] interiorHi;

    /**
     * @param shape     input shape
     * @param footprint row-major over {@code fshape}: which elements are taps
     * @param fshape    footprint shape, same rank as {@code shape}
     * @param origins   origin per axis
     */
    public FilterFootprint(int[] shape, boolean[] footprint, int[] fshape, int[] origins) {
        this.nd = shape.length;
        this.shape = shape.clone();
        int count = 0;
        for (boolean b : footprint) {
            if (b) count++;
        }
        this.taps = count;
        this.axisOffsets = new int[nd][count];
        this.flatOffsets = new int[count];
        int[] strides = new int[nd];
        int s = 1;
        for (int a = nd - 1; a >= 0; a--) {
            strides[a] = s;
            s *= shape[a];
        }
        int[] min = new int[nd];
        int[] max = new int[nd];
        int t = 0;
        int[] idx = new int[nd];
        for (int f = 0; f < footprint.length; f++) {
            if (footprint[f]) {
                int flat = 0;
                for (int a = 0; a < nd; a++) {
                    int off = idx[a] - fshape[a] / 2 - origins[a];
                    axisOffsets[a][t] = off;
                    flat += off * strides[a];
                    if (t == 0 || off < min[a]) min[a] = off;
                    if (t == 0 || off > max[a]) max[a] = off;
                }
                flatOffsets[t++] = flat;
            }
            for (int a = nd - 1; a >= 0; a--) {
                if (++idx[a] < fshape[a]) break;
                idx[a] = 0;
            }
        }
        interiorLo = new int[nd];
        interiorHi = new int[nd];
        for (int a = 0; a < nd; a++) {
            // Position c is interior when c + min >= 0 and c + max < shape. A window longer than
            // the axis leaves no interior position; the empty range is then clamped to [shape,
            // shape) so that callers iterating [lo, hi) never step past the axis.
            interiorLo[a] = Math.min(shape[a], Math.max(0, -min[a]));
            interiorHi[a] = Math.max(interiorLo[a], shape[a] - Math.max(0, max[a]));
        }
    }

    /** Number of taps. */
    public int taps() {
        return taps;
    }

    public int ndim() {
        return nd;
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Offset of each tap along {@code axis} (do not modify). */
    public int[] axisOffsets(int axis) {
        return axisOffsets[axis];
    }

    /** Flat (row-major) offset of each tap, valid where the window is inside (do not modify). */
    public int[] flatOffsets() {
        return flatOffsets;
    }

    /** First position along {@code axis} whose window is inside the input; at most the axis length. */
    public int interiorLo(int axis) {
        return interiorLo[axis];
    }

    /** One past the last position along {@code axis} whose window is inside the input; in [lo, shape]. */
    public int interiorHi(int axis) {
        return interiorHi[axis];
    }

    /** The footprint of SciPy's correlate: weights of magnitude above DBL_EPSILON. */
    public static boolean[] ofWeights(double[] weights) {
        boolean[] f = new boolean[weights.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.abs(weights[i]) > Math.ulp(1.0);
        }
        return f;
    }

    /** The weights of the taps, in tap order. */
    public static double[] tapWeights(double[] weights) {
        int n = 0;
        for (double w : weights) {
            if (Math.abs(w) > Math.ulp(1.0)) n++;
        }
        double[] out = new double[n];
        int t = 0;
        for (double w : weights) {
            if (Math.abs(w) > Math.ulp(1.0)) out[t++] = w;
        }
        return out;
    }
}
