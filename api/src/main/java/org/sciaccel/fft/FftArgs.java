package org.sciaccel.fft;

import java.util.Arrays;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * The argument checks of the {@link Fft} transforms, in SciPy's order and words
 * ({@code scipy.fft._pocketfft.helper._init_nd_shape_and_axes} and the 1-D transforms' checks): the
 * input, {@code n}, {@code s} and {@code axes} resolved and refused before any backend sees them.
 */
final class FftArgs {
    private FftArgs() {
    }

    static int checkInput(NDArray x) {
        if (x == null) {
            throw new IllegalArgumentException("x: null array");
        }
        if (x.isClosed()) {
            throw new IllegalArgumentException("x: the array is closed");
        }
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("x: a 0-d array has no axis to transform");
        }
        return x.ndim();
    }

    static int[] one(Integer n) {
        return n == null ? null : new int[] {checkN(n)};
    }

    static int checkN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n=" + n + ": invalid number of data points (" + n + ") specified");
        }
        return n;
    }

    /** The real transforms need an axis for their half spectrum; returns {@code lens}. */
    static int[] atLeastOne(int[] ax, int[] lens) {
        if (ax.length == 0) {
            throw new IllegalArgumentException("axes=(): at least 1 axis must be transformed");
        }
        return lens;
    }

    /** irfft's and hfft's default output length 2*(m-1) along {@code ax}, refused below 1 in SciPy's words. */
    static int defaultInverseLength(NDArray x, int ax) {
        int m = x.shape(ax);
        int len = 2 * (m - 1);
        if (len < 1) {
            throw new IllegalArgumentException("x: Invalid number of data points (" + len + ") specified: the"
                    + " default 2*(m-1) for axis " + ax + " of length " + m + " of an array of shape "
                    + Shapes.toString(x.shape()) + " (pass n)");
        }
        return len;
    }

    static void checkLength(int len, int axis) {
        if (len < 1) {
            throw new IllegalArgumentException("n=" + len + ": invalid number of data points (" + len
                    + ") specified along axis " + axis + " (pass n to zero-pad an empty axis)");
        }
    }

    static void checkFreq(int n, double d) {
        if (n < 1) {
            throw new IllegalArgumentException("n=" + n + " must be a positive number of samples");
        }
        if (!(d != 0) || Double.isNaN(d)) {
            throw new IllegalArgumentException("d=" + d + " must be a non-zero sample spacing");
        }
    }

    /** SciPy's axes rule: given axes (each in range, none repeated), else the last len(s) axes, else all. */
    static int[] resolveAxes(NDArray x, int[] s, int[] axes, int nd, boolean oneD) {
        int[] ax;
        if (axes != null) {
            ax = new int[axes.length];
            for (int i = 0; i < axes.length; i++) {
                ax[i] = Shapes.normalizeAxis(oneD ? "axis" : "axes", axes[i], nd);
                for (int j = 0; j < i; j++) {
                    if (ax[j] == ax[i]) {
                        throw new IllegalArgumentException("axes=" + Arrays.toString(axes)
                                + ": all axes must be unique");
                    }
                }
            }
            // SciPy's "if axes and len(axes) != len(shape)": no axes take any s (nothing is transformed).
            if (s != null && ax.length > 0 && s.length != ax.length) {
                throw new IllegalArgumentException("s=" + Arrays.toString(s) + ", axes=" + Arrays.toString(axes)
                        + ": when given, axes and shape arguments have to be of the same length");
            }
        } else if (s != null) {
            if (s.length > nd) {
                throw new IllegalArgumentException("s=" + Arrays.toString(s) + ": shape requires more axes than are "
                        + "present (an array of shape " + Shapes.toString(x.shape()) + ")");
            }
            ax = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                ax[i] = nd - s.length + i;
            }
        } else {
            ax = new int[nd];
            for (int i = 0; i < nd; i++) {
                ax[i] = i;
            }
        }
        return ax;
    }

    /**
     * The transform length per axis: s (or, n-D, -1: the input's), or the input's; any below 1 refused
     * in SciPy's words, which print one length for the 1-D transforms and the list of all for the n-D
     * ones ("invalid number of data points ([1, 0]) specified").
     */
    static int[] resolveLengths(NDArray x, int[] s, int[] ax, boolean oneD) {
        int[] lens = new int[ax.length];
        boolean bad = false;
        for (int i = 0; i < ax.length; i++) {
            lens[i] = s == null || (!oneD && s[i] == -1) ? x.shape(ax[i]) : s[i];
            bad |= lens[i] < 1;
        }
        if (bad) {
            String spelled = oneD ? String.valueOf(lens[0]) : pyList(lens);
            String where = s == null ? "x" : oneD ? "n=" + s[0] : "s=" + pyList(s);
            throw new IllegalArgumentException(where + ": invalid number of data points (" + spelled + ") specified"
                    + " for axes " + pyList(ax) + " of an array of shape " + Shapes.toString(x.shape())
                    + (s == null ? " (pass " + (oneD ? "n" : "s") + " to zero-pad an empty axis)" : ""));
        }
        return lens;
    }

    /** Python's spelling of a list of ints, {@code [1, 0]}, as SciPy's messages print one. */
    static String pyList(int[] v) {
        return Arrays.toString(v);
    }
}
