package org.sciaccel.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The axes of a strided copy ({@link ShapeOps#copyStrided}, {@link ShapeOps#fillStrided}) reduced to
 * as few as walk the same elements: axes of length 1 dropped, and an axis merged into the one before
 * it where every operand steps through the pair as through one axis (a contiguous block is one axis).
 * What a backend does first, so that its loops or kernels see few axes.
 */
public final class StridedAxes {
    private final int[] extents;
    private final long[][] strides;

    private StridedAxes(int[] extents, long[][] strides) {
        this.extents = extents;
        this.strides = strides;
    }

    /**
     * The reduced axes of a copy over {@code extents} whose operands step by {@code strides[k]}
     * (one array per operand, one stride per axis). Empty {@code extents} (0-d) stay empty; an
     * extent of 0 gives the single axis {@code {0}}.
     */
    public static StridedAxes merge(int[] extents, long[]... strides) {
        List<Integer> ext = new ArrayList<>();
        List<long[]> st = new ArrayList<>();
        for (int d = 0; d < extents.length; d++) {
            if (extents[d] == 0) {
                long[][] zero = new long[strides.length][1];
                return new StridedAxes(new int[] {0}, zero);
            }
            if (extents[d] == 1) {
                continue;
            }
            long[] here = new long[strides.length];
            boolean mergeable = !ext.isEmpty();
            for (int k = 0; k < strides.length; k++) {
                here[k] = strides[k][d];
                mergeable &= !ext.isEmpty() && st.get(st.size() - 1)[k] == here[k] * extents[d];
            }
            if (mergeable) {
                int last = ext.size() - 1;
                ext.set(last, ext.get(last) * extents[d]);
                st.set(last, here);
            } else {
                ext.add(extents[d]);
                st.add(here);
            }
        }
        int n = ext.size();
        int[] e = new int[n];
        long[][] s = new long[strides.length][n];
        for (int d = 0; d < n; d++) {
            e[d] = ext.get(d);
            for (int k = 0; k < strides.length; k++) {
                s[k][d] = st.get(d)[k];
            }
        }
        return new StridedAxes(e, s);
    }

    /** The reduced extents (a copy). */
    public int[] extents() {
        return extents.clone();
    }

    /** Operand {@code k}'s strides along the reduced axes (a copy). */
    public long[] strides(int k) {
        return strides[k].clone();
    }

    /** Number of axes left. */
    public int ndim() {
        return extents.length;
    }

    /** Number of elements walked. */
    public long count() {
        long n = 1;
        for (int e : extents) {
            n *= e;
        }
        return n;
    }
}
