package org.sciaccel.ndimage;

import java.util.Arrays;

/**
 * The core of SciPy's {@code iterate_structure}: {@code steps} binary dilations of a grown array by a small
 * structure, zero beyond the array's edges. A dilation sets {@code p + d} for every set {@code p} and every
 * translation {@code d} of the structure's true elements, so:
 * <ul>
 * <li>when one translation is zero (SciPy's centre is true) each dilation contains the one before, and only the
 *     elements set by the last dilation (its frontier) can set new ones: every element is visited once, whatever
 *     the number of steps (SciPy's own iterated dilation tracks its changed elements the same way);</li>
 * <li>otherwise a dilation can drop what it started from, and each is computed in full, line by line over the
 *     bounding box of the set elements (SciPy repeats its full erosion there too).</li>
 * </ul>
 * Both give the step-by-step result bit for bit, clipping at the edges included.
 */
final class RepeatedDilation {
    private final int nd;
    private final int[] shape;
    private final int[] stride;
    private final int[][] translations;

    /**
     * @param shape        the grown array's shape
     * @param translations one per true element of the structure, per axis
     */
    RepeatedDilation(int[] shape, int[][] translations) {
        this.nd = shape.length;
        this.shape = shape;
        this.translations = translations;
        this.stride = new int[nd];
        int s = 1;
        for (int ax = nd - 1; ax >= 0; ax--) {
            stride[ax] = s;
            s *= shape[ax];
        }
    }

    /** {@code start} (one byte per element, 0 or 1, row-major in the grown shape) dilated {@code steps} times. */
    byte[] apply(byte[] start, int steps) {
        for (int[] d : translations) {
            if (isZero(d)) {
                return byFrontier(start, steps);
            }
        }
        return byFullSteps(start, steps);
    }

    private static boolean isZero(int[] d) {
        for (int v : d) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private byte[] byFrontier(byte[] start, int steps) {
        byte[] set = start.clone();
        int[] frontier = new int[16];
        int count = 0;
        for (int i = 0; i < set.length; i++) {
            if (set[i] != 0) {
                frontier = grow(frontier, count);
                frontier[count++] = i;
            }
        }
        int[] next = new int[16];
        int[] c = new int[nd];
        for (int step = 0; step < steps && count > 0; step++) {
            int made = 0;
            for (int f = 0; f < count; f++) {
                int p = frontier[f];
                coordinates(p, c);
                for (int[] d : translations) {
                    int q = target(p, c, d);
                    if (q >= 0 && set[q] == 0) {
                        set[q] = 1;
                        next = grow(next, made);
                        next[made++] = q;
                    }
                }
            }
            int[] t = frontier;
            frontier = next;
            next = t;
            count = made;
        }
        return set;
    }

    /** {@code p + d} as a flat index, or -1 beyond an edge; {@code c} holds {@code p}'s coordinates. */
    private int target(int p, int[] c, int[] d) {
        int q = p;
        for (int ax = 0; ax < nd; ax++) {
            int x = c[ax] + d[ax];
            if (x < 0 || x >= shape[ax]) {
                return -1;
            }
            q += d[ax] * stride[ax];
        }
        return q;
    }

    private void coordinates(int flat, int[] out) {
        for (int ax = nd - 1; ax >= 0; ax--) {
            out[ax] = flat % shape[ax];
            flat /= shape[ax];
        }
    }

    private static int[] grow(int[] a, int used) {
        return used < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /**
     * Each step in full over the bounding box of the set elements: for every translation, every line (along the last
     * axis) of the box ORed, shifted, into its target line, a contiguous loop.
     */
    private byte[] byFullSteps(byte[] start, int steps) {
        int last = nd - 1;
        int width = shape[last];
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        if (!boundingBox(start, lo, hi)) {
            return start.clone();
        }
        byte[] cur = start.clone();
        byte[] next = new byte[cur.length];
        int[] c = new int[nd];
        int[] nlo = new int[nd];
        int[] nhi = new int[nd];
        // next starts empty, and each step empties what it read before the two swap.
        for (int step = 0; step < steps; step++) {
            Arrays.fill(nlo, Integer.MAX_VALUE);
            Arrays.fill(nhi, -1);
            for (int[] d : translations) {
                int x0 = Math.max(lo[last], -d[last]);
                int x1 = Math.min(hi[last] + 1, width - d[last]);
                if (x0 >= x1) {
                    continue;
                }
                boolean any = false;
                System.arraycopy(lo, 0, c, 0, nd);
                do {
                    int src = 0;
                    int dst = 0;
                    boolean inside = true;
                    for (int ax = 0; ax < last; ax++) {
                        int y = c[ax] + d[ax];
                        inside &= y >= 0 && y < shape[ax];
                        src += c[ax] * stride[ax];
                        dst += y * stride[ax];
                    }
                    if (inside) {
                        any = true;
                        int shift = dst + d[last];
                        for (int x = x0; x < x1; x++) {
                            next[shift + x] |= cur[src + x];
                        }
                    }
                } while (advance(c, lo, hi, last));
                if (any) {
                    for (int ax = 0; ax < nd; ax++) {
                        int a = ax == last ? x0 + d[ax] : Math.max(0, lo[ax] + d[ax]);
                        int b = ax == last ? x1 - 1 + d[ax] : Math.min(shape[ax] - 1, hi[ax] + d[ax]);
                        nlo[ax] = Math.min(nlo[ax], a);
                        nhi[ax] = Math.max(nhi[ax], b);
                    }
                }
            }
            clearBox(cur, lo, hi, c);
            byte[] t = cur;
            cur = next;
            next = t;
            if (nhi[0] < 0) {
                return cur; // nothing set: every later step is empty too
            }
            System.arraycopy(nlo, 0, lo, 0, nd);
            System.arraycopy(nhi, 0, hi, 0, nd);
        }
        return cur;
    }

    /** Zeroes the box's elements (the only ones an array of this loop can hold set). */
    private void clearBox(byte[] a, int[] lo, int[] hi, int[] c) {
        int last = nd - 1;
        System.arraycopy(lo, 0, c, 0, nd);
        do {
            int base = 0;
            for (int ax = 0; ax < last; ax++) {
                base += c[ax] * stride[ax];
            }
            Arrays.fill(a, base + lo[last], base + hi[last] + 1, (byte) 0);
        } while (advance(c, lo, hi, last));
    }

    /** The next line of the box in row-major order, over the axes before {@code last}; false after the last line. */
    private static boolean advance(int[] c, int[] lo, int[] hi, int last) {
        for (int ax = last - 1; ax >= 0; ax--) {
            if (++c[ax] <= hi[ax]) {
                return true;
            }
            c[ax] = lo[ax];
        }
        return false;
    }

    private boolean boundingBox(byte[] a, int[] lo, int[] hi) {
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, -1);
        int[] c = new int[nd];
        boolean any = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                coordinates(i, c);
                for (int ax = 0; ax < nd; ax++) {
                    lo[ax] = Math.min(lo[ax], c[ax]);
                    hi[ax] = Math.max(hi[ax], c[ax]);
                }
                any = true;
            }
        }
        return any;
    }

    /** The number of elements of {@code shape}, refused by {@code what} when no Java array can hold them. */
    static int checkedSize(long[] shape, String what) {
        long n = 1;
        for (long e : shape) {
            n *= e;
            if (e > Integer.MAX_VALUE - 8 || n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(what + " gives a structure of shape " + Arrays.toString(shape)
                        + ", more elements than a Java array can hold");
            }
        }
        return (int) n;
    }
}
