package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;

/**
 * The argument checks and normalisations the filter families share, run in {@code api} before any backend
 * sees the arguments: scalars expanded per axis, origins, modes, sigma, order, radius and truncate checked,
 * the output dtype resolved.
 */
final class FilterArgs {
    /** SciPy skips axes whose sigma is at most this. */
    static final double SIGMA_SKIP = 1e-15;

    private FilterArgs() {
    }

    /** The options argument of a facade function, refused when null (its defaults are one call away). */
    static <T> T requireOptions(T options) {
        if (options == null) {
            throw new IllegalArgumentException("options: null; pass FilterOptions.defaults() or"
                    + " GaussianOptions.defaults() for SciPy's defaults");
        }
        return options;
    }

    static int checkInput(NDArray input) {
        if (input == null) {
            throw new IllegalArgumentException("input: null");
        }
        if (input.isClosed()) {
            throw new IllegalArgumentException("input: the array is closed");
        }
        if (input.dtype().isComplex()) {
            throw new UnsupportedOperationException("input: complex dtype " + input.dtype()
                    + " is not supported by sciaccel's ndimage filters yet");
        }
        return input.ndim();
    }

    static DType outputType(NDArray input, DType output) {
        DType out = output == null ? input.dtype() : output;
        if (out.isComplex()) {
            throw new UnsupportedOperationException("output: complex dtype " + out + " is not supported yet");
        }
        refuseFloat16(input, out);
        input.backend().requireSupported(out, "output");
        return out;
    }

    /** SciPy 1.10's filters have no float16 loops, for the input or the output: its RuntimeError. */
    static void refuseFloat16(NDArray input, DType out) {
        if (input.dtype() == DType.FLOAT16 || out == DType.FLOAT16) {
            throw SciPyArgumentException.runtimeError((input.dtype() == DType.FLOAT16 ? "input" : "output")
                    + ": dtype float16 is not supported by the ndimage filters"
                    + " (SciPy 1.10 raises RuntimeError: array type not supported)");
        }
    }

    static void checkSigma(double s) {
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("sigma=" + s + " must be finite and non-negative");
        }
    }

    static void checkOrder(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order=" + order + " must be non-negative (0 smooths, 1-3 are derivatives)");
        }
    }

    static void checkRadius(int r) {
        if (r < 0) {
            throw new IllegalArgumentException("radius=" + r + " must be a non-negative integer");
        }
    }

    static void checkTruncate(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("truncate=" + t + " must be finite and non-negative");
        }
    }

    static double[] perAxis(String name, double[] v, int nd, NDArray input) {
        checkLength(name, v == null ? -1 : v.length, nd, input);
        if (v.length == nd) {
            return v.clone();
        }
        double[] out = new double[nd];
        Arrays.fill(out, v[0]);
        return out;
    }

    static int[] perAxis(String name, int[] v, int nd, NDArray input) {
        checkLength(name, v == null ? -1 : v.length, nd, input);
        if (v.length == nd) {
            return v.clone();
        }
        int[] out = new int[nd];
        Arrays.fill(out, v[0]);
        return out;
    }

    static Mode[] perAxis(String name, Mode[] v, int nd, NDArray input) {
        checkLength(name, v == null ? -1 : v.length, nd, input);
        Mode[] out = new Mode[nd];
        for (int i = 0; i < nd; i++) {
            out[i] = v.length == nd ? v[i] : v[0];
            if (out[i] == null) {
                throw new IllegalArgumentException(name + ": null mode");
            }
        }
        return out;
    }

    private static void checkLength(String name, int len, int nd, NDArray input) {
        if (len < 1 || (len != 1 && len != nd)) {
            throw new IllegalArgumentException(name + " has " + Math.max(len, 0) + " values but the input has " + nd
                    + " dimension" + (nd == 1 ? "" : "s") + " (shape " + Shapes.toString(input.shape())
                    + "); give one value or one per axis");
        }
    }

    static int single(String name, int[] v) {
        if (v.length != 1) {
            throw new IllegalArgumentException(name + " has " + v.length + " values; gaussian_filter1d takes one");
        }
        return v[0];
    }

    static Mode single(String name, Mode[] v) {
        if (v.length != 1 || v[0] == null) {
            throw new IllegalArgumentException(name + " has " + v.length + " values; gaussian_filter1d takes one");
        }
        return v[0];
    }

    /** The longest line a 1-D pass extends its input to: Java's largest array. */
    static final long MAX_EXTENDED_LINE = Integer.MAX_VALUE - 8;

    /**
     * Refuses a window whose extended line (the line plus the window minus one, SciPy's line buffer)
     * does not fit in an array: size=2147483647 overflowed the CPU backend's buffer
     * (NegativeArraySizeException). SciPy allocates such a buffer; sciaccel refuses it, by name.
     */
    static void checkExtendedLine(int[] shape, int axis, int size) {
        long extended = (long) shape[axis] + size - 1;
        if (extended > MAX_EXTENDED_LINE) {
            throw new IllegalArgumentException("size=" + size + " along axis " + axis + " (length " + shape[axis]
                    + ") needs an extended line of " + extended + " elements, more than the " + MAX_EXTENDED_LINE
                    + " an array can hold");
        }
    }

    static void check1d(int size, int origin, Mode mode) {
        if (size < 1) {
            throw new IllegalArgumentException("size=" + size + " must be positive");
        }
        int half = size / 2;
        if (half + origin < 0 || half + origin >= size) {
            throw new IllegalArgumentException("origin=" + origin + " is invalid for size " + size
                    + "; it must satisfy " + (-half) + " <= origin <= " + ((size - 1) / 2));
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode: null");
        }
    }

    static void checkOrigins(int[] origins, int[] fshape, String what) {
        for (int a = 0; a < origins.length; a++) {
            int half = fshape[a] / 2;
            if (half + origins[a] < 0 || half + origins[a] >= fshape[a]) {
                throw new IllegalArgumentException("origin=" + origins[a] + " on axis " + a + " is invalid for "
                        + what + " of length " + fshape[a] + "; it must satisfy " + (-half) + " <= origin <= "
                        + ((fshape[a] - 1) / 2));
            }
        }
    }

    /**
     * The one mode of a filter that takes one for every axis. More than one is refused with SciPy's
     * RuntimeError in SciPy's words ({@code refusal}, e.g. "A sequence of modes is not supported"); a
     * sequence of one mode cannot be told from one mode here (the registry's comma list), so it is taken.
     */
    static Mode checkMode(Mode[] mode, String refusal) {
        if (mode == null || mode.length == 0 || mode[0] == null) {
            throw new IllegalArgumentException("mode: null");
        }
        if (mode.length != 1) {
            throw SciPyArgumentException.runtimeError("mode: " + refusal + " (" + mode.length
                    + " modes given; this filter takes one mode for all axes)");
        }
        return mode[0];
    }

    static Mode[] fill(Mode m, int nd) {
        Mode[] out = new Mode[nd];
        Arrays.fill(out, m);
        return out;
    }
}
