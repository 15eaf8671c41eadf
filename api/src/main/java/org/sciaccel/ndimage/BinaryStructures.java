package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

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
     * {@code (iterations - 1) * (s - 1)} per axis, with the structure in its middle ({@link RepeatedDilation}).
     */
    static HostArray iterate(boolean[] s, int[] shape, int iterations) {
        if (iterations < 2) {
            return toHost(s, shape);
        }
        int ni = iterations - 1;
        int nd = shape.length;
        long[] grown = new long[nd];
        for (int ax = 0; ax < nd; ax++) {
            grown[ax] = shape[ax] + (long) ni * (shape[ax] - 1);
        }
        byte[] start = new byte[RepeatedDilation.checkedSize(grown, "iterations=" + iterations)];
        int[] big = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            big[ax] = (int) grown[ax];
        }
        int count = 0;
        int[] c = new int[nd];
        for (int j = 0; j < s.length; j++) {
            unflat(j, shape, c);
            for (int ax = 0; ax < nd; ax++) {
                c[ax] += ni * (shape[ax] / 2);
            }
            start[flat(c, big)] = (byte) (s[j] ? 1 : 0);
            count += s[j] ? 1 : 0;
        }
        // SciPy dilates with the structure itself: the dilation reflects it, and an even axis moves the origin by one,
        // so a true element at c moves a set element by c - shift.
        int[][] translations = new int[count][nd];
        int k = 0;
        for (int j = 0; j < s.length; j++) {
            if (!s[j]) {
                continue;
            }
            unflat(j, shape, c);
            for (int ax = 0; ax < nd; ax++) {
                int shift = shape[ax] - 1 - shape[ax] / 2 + ((shape[ax] & 1) == 0 ? 1 : 0);
                translations[k][ax] = c[ax] - shift;
            }
            k++;
        }
        return new HostArray(DType.BOOL, big, new RepeatedDilation(big, translations).apply(start, ni));
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
