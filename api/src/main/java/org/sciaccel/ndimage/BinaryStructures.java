package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/** Structuring elements on the host: SciPy's {@code generate_binary_structure} and {@code iterate_structure}. */
final class BinaryStructures {
    private BinaryStructures() {
    }

    /** Rank-{@code rank} 3×…×3 structure: true where the squared distance from the centre is at most {@code connectivity}. */
    static boolean[] generate(int rank, int connectivity) {
        int n = 1;
        for (int i = 0; i < rank; i++) {
            n *= 3;
        }
        boolean[] out = new boolean[n];
        for (int flat = 0; flat < n; flat++) {
            int rest = flat;
            int dist = 0;
            for (int ax = 0; ax < rank; ax++) {
                dist += Math.abs(rest % 3 - 1);
                rest /= 3;
            }
            out[flat] = dist <= connectivity;
        }
        return out;
    }

    static int[] cube(int rank) {
        int[] s = new int[rank];
        Arrays.fill(s, 3);
        return s;
    }

    /**
     * {@code iterate_structure}: the structure dilated by itself {@code iterations - 1} times, in an array grown by
     * {@code (iterations - 1) * (s - 1)} per axis.
     */
    static HostArray iterate(boolean[] s, int[] shape, int iterations) {
        if (iterations < 2) {
            return toHost(s, shape);
        }
        int ni = iterations - 1;
        int nd = shape.length;
        int[] big = new int[nd];
        int[] pos = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            big[ax] = shape[ax] + ni * (shape[ax] - 1);
            pos[ax] = ni * (shape[ax] / 2);
        }
        boolean[] cur = new boolean[Shapes.size(big)];
        int[] c = new int[nd];
        for (int j = 0; j < s.length; j++) {
            unflat(j, shape, c);
            for (int ax = 0; ax < nd; ax++) {
                c[ax] += pos[ax];
            }
            cur[flat(c, big)] = s[j];
        }
        // SciPy dilates with the structure itself: the dilation reflects it, and an even axis moves the origin by one.
        int[] shift = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            shift[ax] = shape[ax] - 1 - shape[ax] / 2 - ((shape[ax] & 1) == 0 ? -1 : 0);
        }
        int[] ci = new int[nd];
        int[] cj = new int[nd];
        for (int it = 0; it < ni; it++) {
            boolean[] next = new boolean[cur.length];
            for (int i = 0; i < cur.length; i++) {
                unflat(i, big, ci);
                boolean any = false;
                for (int k = 0; k < s.length && !any; k++) {
                    if (!s[k]) {
                        continue;
                    }
                    unflat(k, shape, cj);
                    boolean inside = true;
                    for (int ax = 0; ax < nd; ax++) {
                        cj[ax] = ci[ax] + shift[ax] - cj[ax];
                        inside &= cj[ax] >= 0 && cj[ax] < big[ax];
                    }
                    any = inside && cur[flat(cj, big)];
                }
                next[i] = any;
            }
            cur = next;
        }
        return toHost(cur, big);
    }

    static HostArray toHost(boolean[] s, int[] shape) {
        byte[] b = new byte[s.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (s[i] ? 1 : 0);
        }
        return new HostArray(DType.BOOL, shape, b);
    }

    /**
     * A structure, footprint or mask of any dtype as booleans, as SciPy reads it ({@code numpy.asarray(a, bool)}):
     * non-zero is true, NaN included (NaN != 0), and a complex element is true where either part is non-zero.
     */
    static boolean[] read(NDArray structure) {
        if (!structure.dtype().isComplex()) {
            return structure.toBooleanArray();
        }
        HostArray h = structure.toHost();
        boolean[] out = new boolean[h.size()];
        Object d = h.data();
        for (int i = 0; i < out.length; i++) {
            double re = d instanceof float[] ? ((float[]) d)[2 * i] : ((double[]) d)[2 * i];
            double im = d instanceof float[] ? ((float[]) d)[2 * i + 1] : ((double[]) d)[2 * i + 1];
            out[i] = re != 0 || im != 0;
        }
        return out;
    }

    private static void unflat(int flat, int[] shape, int[] out) {
        for (int ax = shape.length - 1; ax >= 0; ax--) {
            out[ax] = flat % shape[ax];
            flat /= shape[ax];
        }
    }

    private static int flat(int[] c, int[] shape) {
        int f = 0;
        for (int ax = 0; ax < shape.length; ax++) {
            f = f * shape[ax] + c[ax];
        }
        return f;
    }
}
