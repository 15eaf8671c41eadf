package org.sciaccel.spi;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Shapes;

/**
 * A row-major array seen as {@code [outer, reduced, inner]}: every output element {@code (o, j)} reduces the
 * {@code reduced} elements at {@code (o * reduced + i) * inner + j}. Adjacent axes of the same kind
 * (reduced or kept) merge and axes of extent 1 drop out, so the common cases need no copy: all axes
 * ({@code [1, n, 1]}), trailing axes ({@code inner == 1}, rows), leading axes ({@code outer == 1}, columns)
 * and one block in the middle. Reduced axes in several separate blocks (axes {@code (0, 2)} of a 4-d array)
 * are first brought together by {@link #swaps()}: each swap views the array as {@code [a, b, c, d]} and
 * transposes it to {@code [a, c, b, d]} (a copy); after them the layout above holds.
 *
 * <p>Scans and differences along one axis use the same view ({@link #along}): {@code reduced} is the axis.
 */
public final class ReductionLayout {
    private final int outer;
    private final int reduced;
    private final int inner;
    private final List<int[]> swaps;
    private final int[] outputShape;

    private ReductionLayout(int outer, int reduced, int inner, List<int[]> swaps, int[] outputShape) {
        this.outer = outer;
        this.reduced = reduced;
        this.inner = inner;
        this.swaps = List.copyOf(swaps);
        this.outputShape = outputShape.clone();
    }

    /**
     * The layout of a reduction of {@code shape} over {@code axes}.
     *
     * @param axes     the reduced axes: non-negative, increasing, each below {@code shape.length}
     * @param keepdims whether the output keeps the reduced axes with extent 1
     */
    public static ReductionLayout of(int[] shape, int[] axes, boolean keepdims) {
        boolean[] isReduced = new boolean[shape.length];
        for (int a : axes) {
            isReduced[a] = true;
        }
        List<Integer> outShape = new ArrayList<>();
        long kept = 1;
        long n = 1;
        for (int d = 0; d < shape.length; d++) {
            if (isReduced[d]) {
                n *= shape[d];
                if (keepdims) {
                    outShape.add(1);
                }
            } else {
                kept *= shape[d];
                outShape.add(shape[d]);
            }
        }
        int[] out = outShape.stream().mapToInt(Integer::intValue).toArray();
        if (kept * n == 0) {
            // Nothing to read: no element moves, only the counts matter.
            return new ReductionLayout((int) kept, (int) n, 1, List.of(), out);
        }
        // Blocks of adjacent axes of one kind, extent-1 axes left out (they change no offset).
        List<long[]> blocks = new ArrayList<>();   // {kind (1 = reduced), extent}
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            long kind = isReduced[d] ? 1 : 0;
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[0] == kind) {
                blocks.get(blocks.size() - 1)[1] *= shape[d];
            } else {
                blocks.add(new long[] {kind, shape[d]});
            }
        }
        List<int[]> swaps = new ArrayList<>();
        // Each swap moves the first kept block that sits between two reduced blocks behind the second,
        // merging those two: one pass per reduced block beyond the first.
        while (reducedBlocks(blocks) > 1) {
            int k = firstKeptBetweenReduced(blocks);
            long a = product(blocks, 0, k);
            long b = blocks.get(k)[1];
            long c = blocks.get(k + 1)[1];
            long d = product(blocks, k + 2, blocks.size());
            swaps.add(new int[] {(int) a, (int) b, (int) c, (int) d});
            long[] keptBlock = blocks.remove(k);
            blocks.add(k + 1, keptBlock);
            merge(blocks);
        }
        long before = 1;
        long after = 1;
        boolean seen = false;
        for (long[] blk : blocks) {
            if (blk[0] == 1) {
                seen = true;
            } else if (seen) {
                after *= blk[1];
            } else {
                before *= blk[1];
            }
        }
        return new ReductionLayout((int) before, (int) n, (int) after, swaps, out);
    }

    /** The view of {@code shape} along one axis (scans, differences): {@code reduced} is that axis's extent. */
    public static ReductionLayout along(int[] shape, int axis) {
        return new ReductionLayout(Shapes.outer(shape, axis), shape[axis], Shapes.inner(shape, axis), List.of(), shape);
    }

    private static int reducedBlocks(List<long[]> blocks) {
        int r = 0;
        for (long[] b : blocks) {
            r += (int) b[0];
        }
        return r;
    }

    private static int firstKeptBetweenReduced(List<long[]> blocks) {
        int firstReduced = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i)[0] == 1) {
                firstReduced = i;
                break;
            }
        }
        // Blocks alternate, so the block after the first reduced one is kept and another reduced one follows.
        return firstReduced + 1;
    }

    private static long product(List<long[]> blocks, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= blocks.get(i)[1];
        }
        return p;
    }

    private static void merge(List<long[]> blocks) {
        for (int i = blocks.size() - 1; i > 0; i--) {
            if (blocks.get(i)[0] == blocks.get(i - 1)[0]) {
                blocks.get(i - 1)[1] *= blocks.get(i)[1];
                blocks.remove(i);
            }
        }
    }

    /** Product of the kept extents before the reduced block. */
    public int outer() {
        return outer;
    }

    /** Elements per output: the product of the reduced extents (the axis's extent for {@link #along}). */
    public int reduced() {
        return reduced;
    }

    /** Product of the kept extents after the reduced block (the reduced block's stride). */
    public int inner() {
        return inner;
    }

    /** Number of output elements, {@code outer * inner}. */
    public int outputs() {
        return outer * inner;
    }

    /** The transposes that bring the reduced axes together, in order (each {@code {a, b, c, d}}); usually none. */
    public List<int[]> swaps() {
        List<int[]> out = new ArrayList<>();
        for (int[] s : swaps) {
            out.add(s.clone());
        }
        return out;
    }

    /** The result's shape (for {@link #along}: the input's shape). */
    public int[] outputShape() {
        return outputShape.clone();
    }

    @Override
    public String toString() {
        return "[" + outer + ", " + reduced + ", " + inner + "]" + (swaps.isEmpty() ? "" : " after " + swaps.size()
                + " swap(s)") + " -> " + Shapes.toString(outputShape);
    }
}
