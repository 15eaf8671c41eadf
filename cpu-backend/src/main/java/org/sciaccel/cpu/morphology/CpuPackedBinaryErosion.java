package org.sciaccel.cpu.morphology;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.CpuThreads;

/**
 * Binary erosion / dilation on bit-packed rows: each row along the last axis is packed 64 elements to a long,
 * with guard words filled with the border value on both sides, so one structure element contributes a whole
 * word of 64 output elements with one shift-and-combine. Rows are processed in parallel.
 */
final class CpuPackedBinaryErosion {
    private final int[] shape;
    private final int width;
    private final int rows;
    private final int words;
    private final int guard;
    private final int stride;
    private final boolean border;
    private final long borderWord;
    private final long tailMask;
    /** Per structure row-offset group: the offset of each outer axis, and the column shifts in that group. */
    private final int[][] outerOffsets;
    private final int[][] shifts;
    private final CpuThreads threads;

    CpuPackedBinaryErosion(int[] shape, boolean[] structure, int[] sShape, int[] origin, boolean border,
            CpuThreads threads) {
        this.shape = shape.clone();
        int nd = shape.length;
        this.width = nd == 0 ? 1 : shape[nd - 1];
        int size = Shapes.size(shape);
        this.rows = width == 0 ? 0 : size / width;
        this.words = (width + 63) >>> 6;
        this.border = border;
        this.borderWord = border ? -1L : 0L;
        int rem = width & 63;
        this.tailMask = rem == 0 ? -1L : (1L << rem) - 1;
        this.threads = threads;
        // Group the structure's true elements by their offsets along the outer axes.
        List<int[]> outer = new ArrayList<>();
        List<List<Integer>> groupShifts = new ArrayList<>();
        int maxShift = 0;
        int[] c = new int[nd];
        for (int j = 0; j < structure.length; j++) {
            if (!structure[j]) {
                continue;
            }
            int rest = j;
            for (int ax = nd - 1; ax >= 0; ax--) {
                c[ax] = rest % sShape[ax] - sShape[ax] / 2 - origin[ax];
                rest /= sShape[ax];
            }
            int[] key = new int[Math.max(nd - 1, 0)];
            System.arraycopy(c, 0, key, 0, key.length);
            int dx = nd == 0 ? 0 : c[nd - 1];
            maxShift = Math.max(maxShift, Math.abs(dx));
            int g = indexOf(outer, key);
            if (g < 0) {
                outer.add(key);
                groupShifts.add(new ArrayList<>());
                g = outer.size() - 1;
            }
            groupShifts.get(g).add(dx);
        }
        this.outerOffsets = outer.toArray(new int[0][]);
        this.shifts = new int[groupShifts.size()][];
        for (int g = 0; g < shifts.length; g++) {
            shifts[g] = groupShifts.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        this.guard = (maxShift + 63) / 64 + 1;
        this.stride = words + 2 * guard;
    }

    private static int indexOf(List<int[]> list, int[] key) {
        for (int i = 0; i < list.size(); i++) {
            if (java.util.Arrays.equals(list.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /** Packs bool bytes into padded rows (guard words and tail bits hold the border value). */
    long[] pack(byte[] in) {
        long[] p = new long[rows * stride];
        threads.parallelFor(rows, (long) rows * width, (from, to) -> {
            for (int r = from; r < to; r++) {
                int base = r * stride;
                for (int g = 0; g < guard; g++) {
                    p[base + g] = borderWord;
                    p[base + guard + words + g] = borderWord;
                }
                int src = r * width;
                for (int w = 0; w < words; w++) {
                    int x0 = w << 6;
                    int n = Math.min(64, width - x0);
                    long v = 0;
                    for (int b = 0; b < n; b++) {
                        v |= (long) (in[src + x0 + b] & 1) << b;
                    }
                    if (n < 64 && border) {
                        v |= ~tailMask;
                    }
                    p[base + guard + w] = v;
                }
            }
        });
        return p;
    }

    byte[] unpack(long[] p) {
        byte[] out = new byte[rows * width];
        threads.parallelFor(rows, (long) rows * width, (from, to) -> {
            for (int r = from; r < to; r++) {
                int base = r * stride + guard;
                int dst = r * width;
                for (int x = 0; x < width; x++) {
                    out[dst + x] = (byte) ((p[base + (x >>> 6)] >>> (x & 63)) & 1);
                }
            }
        });
        return out;
    }

    /**
     * One pass from {@code src} into {@code dst} (both packed); {@code mask} null or packed. Returns whether any
     * element changed.
     */
    boolean pass(long[] src, long[] dst, long[] mask, boolean invert) {
        boolean[] changedByChunk = new boolean[1];
        int nd = shape.length;
        int outerDims = Math.max(nd - 1, 0);
        threads.parallelFor(rows, (long) rows * words * Math.max(1, shifts.length) * 4, (from, to) -> {
            int[] coord = new int[outerDims];
            int[] neighbourRow = new int[outerOffsets.length];
            boolean changed = false;
            for (int r = from; r < to; r++) {
                // Outer coordinates of row r, then the neighbour row of each group (-1: beyond the edge).
                int rest = r;
                for (int ax = outerDims - 1; ax >= 0; ax--) {
                    coord[ax] = rest % shape[ax];
                    rest /= shape[ax];
                }
                for (int g = 0; g < outerOffsets.length; g++) {
                    int row = 0;
                    boolean inside = true;
                    for (int ax = 0; ax < outerDims; ax++) {
                        int cc = coord[ax] + outerOffsets[g][ax];
                        inside &= cc >= 0 && cc < shape[ax];
                        row = row * shape[ax] + cc;
                    }
                    neighbourRow[g] = inside ? row * stride : -1;
                }
                int out = r * stride + guard;
                for (int w = 0; w < words; w++) {
                    long acc = invert ? 0L : -1L;
                    for (int g = 0; g < outerOffsets.length; g++) {
                        int nb = neighbourRow[g];
                        if (nb < 0) {
                            acc = invert ? acc | borderWord : acc & borderWord;
                            continue;
                        }
                        int[] sh = shifts[g];
                        for (int k = 0; k < sh.length; k++) {
                            int bit = ((guard + w) << 6) + sh[k];
                            int q = nb + (bit >> 6);
                            int s = bit & 63;
                            long v = s == 0 ? src[q] : (src[q] >>> s) | (src[q + 1] << (64 - s));
                            acc = invert ? acc | v : acc & v;
                        }
                    }
                    long old = src[out + w];
                    if (mask != null) {
                        long m = mask[out + w];
                        acc = (acc & m) | (old & ~m);
                    }
                    if (w == words - 1) {
                        acc = (acc & tailMask) | (borderWord & ~tailMask);
                    }
                    changed |= acc != old;
                    dst[out + w] = acc;
                }
                for (int g = 0; g < guard; g++) {
                    dst[r * stride + g] = borderWord;
                    dst[r * stride + guard + words + g] = borderWord;
                }
            }
            if (changed) {
                changedByChunk[0] = true;
            }
        });
        return changedByChunk[0];
    }

    /** The whole operation: {@code iterations} passes, or until nothing changes when below 1. */
    byte[] run(byte[] input, byte[] maskBytes, int iterations, boolean invert) {
        if (rows == 0) {
            return new byte[input.length];
        }
        long[] a = pack(input);
        long[] mask = maskBytes == null ? null : pack(maskBytes);
        long[] b = new long[a.length];
        int done = 0;
        while (iterations < 1 || done < iterations) {
            boolean changed = pass(a, b, mask, invert);
            long[] t = a;
            a = b;
            b = t;
            done++;
            if (!changed) {
                break;
            }
        }
        return unpack(a);
    }
}
