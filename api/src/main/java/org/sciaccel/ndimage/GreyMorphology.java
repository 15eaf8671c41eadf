package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.MorphologyOps;
import org.sciaccel.spi.NdimageOps;

/** Validation and dispatch of grey morphology, behind the {@link Ndimage} facade. */
final class GreyMorphology {
    private GreyMorphology() {
    }

    /** A validated window: footprint, optional structure values and origin, for erosion as SciPy applies it. */
    static final class Window {
        final boolean[] footprint;
        final int[] shape;
        final double[] structure;
        final int[] origin;

        Window(boolean[] footprint, int[] shape, double[] structure, int[] origin) {
            this.footprint = footprint;
            this.shape = shape;
            this.structure = structure;
            this.origin = origin;
        }

        /** Whether SciPy filters this window separably: no structure and every footprint element true. */
        boolean isBox() {
            if (structure != null) {
                return false;
            }
            for (boolean f : footprint) {
                if (!f) {
                    return false;
                }
            }
            return true;
        }

        /** SciPy's grey_dilation window: footprint and structure reflected, origin negated, minus one on even axes. */
        Window reflected() {
            int n = footprint.length;
            boolean[] f = new boolean[n];
            double[] s = structure == null ? null : new double[n];
            for (int i = 0; i < n; i++) {
                f[n - 1 - i] = footprint[i];
                if (s != null) {
                    s[n - 1 - i] = structure[i];
                }
            }
            int[] o = new int[origin.length];
            for (int ax = 0; ax < o.length; ax++) {
                o[ax] = -origin[ax] - ((shape[ax] & 1) == 0 ? 1 : 0);
            }
            return new Window(f, shape, s, o);
        }
    }

    static Window window(NDArray input, GreyMorphologyOptions o, String op) {
        BinaryMorphology.checkInput(input);
        if (o == null) {
            throw new IllegalArgumentException("options: null");
        }
        int nd = input.ndim();
        boolean[] fp;
        int[] shape;
        double[] st = null;
        if (o.structure != null) {
            BinaryMorphology.checkArray("structure", o.structure);
            checkRank("structure", o.structure, input, op);
            if (o.structure.dtype().isComplex()) {
                throw new IllegalArgumentException("structure: complex dtype " + o.structure.dtype() + " is not supported");
            }
            st = o.structure.toDoubleArray();
            shape = o.structure.shape();
        } else {
            shape = null;
        }
        if (o.footprint != null) {
            BinaryMorphology.checkArray("footprint", o.footprint);
            checkRank("footprint", o.footprint, input, op);
            if (st != null && !Arrays.equals(o.footprint.shape(), shape)) {
                throw new IllegalArgumentException("footprint: shape " + Shapes.toString(o.footprint.shape())
                        + " differs from the structure's shape " + Shapes.toString(shape));
            }
            fp = BinaryStructures.read(o.footprint);
            shape = o.footprint.shape();
        } else if (st != null) {
            fp = new boolean[st.length];
            Arrays.fill(fp, true);
        } else if (o.size != null) {
            if (o.size.length != 1 && o.size.length != nd) {
                throw new IllegalArgumentException("size has " + o.size.length + " values but the input has " + nd
                        + " dimensions (shape " + Shapes.toString(input.shape()) + "); give one value or one per axis");
            }
            shape = new int[nd];
            for (int ax = 0; ax < nd; ax++) {
                shape[ax] = o.size.length == 1 ? o.size[0] : o.size[ax];
                if (shape[ax] < 1) {
                    throw new IllegalArgumentException("size=" + shape[ax] + " on axis " + ax + " must be at least 1");
                }
            }
            fp = new boolean[Shapes.size(shape)];
            Arrays.fill(fp, true);
        } else {
            throw new IllegalArgumentException("size: one of size, footprint or structure must be given to " + op);
        }
        boolean any = false;
        for (boolean b : fp) {
            any |= b;
        }
        if (!any) {
            throw new IllegalArgumentException("footprint: no element is true; " + op + " needs at least one");
        }
        if (o.mode == null) {
            throw new IllegalArgumentException("mode: null");
        }
        if (o.origin == null || (o.origin.length != 1 && o.origin.length != nd)) {
            throw new IllegalArgumentException("origin has " + (o.origin == null ? 0 : o.origin.length)
                    + " values but the input has " + nd + " dimensions; give one value or one per axis");
        }
        int[] origin = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            origin[ax] = o.origin.length == 1 ? o.origin[0] : o.origin[ax];
            int s = shape[ax];
            if (origin[ax] < -(s / 2) || origin[ax] > (s - 1) / 2) {
                throw new IllegalArgumentException("origin=" + origin[ax] + " on axis " + ax + " is invalid for a window of size "
                        + s + "; it must lie in [" + (-(s / 2)) + ", " + ((s - 1) / 2) + "]");
            }
        }
        return new Window(fp, shape, st, origin);
    }

    private static void checkRank(String name, NDArray a, NDArray input, String op) {
        if (a.ndim() != input.ndim()) {
            throw new IllegalArgumentException(name + ": rank " + a.ndim() + " (shape " + Shapes.toString(a.shape())
                    + ") differs from the input's rank " + input.ndim() + " (shape " + Shapes.toString(input.shape())
                    + ") in " + op);
        }
    }

    /**
     * SciPy's {@code _min_or_max_filter} into dtype {@code out}. A flat box (no structure, every footprint element
     * true) is separable there: {@code minimum_filter1d} / {@code maximum_filter1d} along each axis longer than 1,
     * the first from the input into the output array and each later one from the output array into itself, so every
     * pass is stored in {@code out}; no such axis is NumPy's {@code output[...] = input}. So those passes are the
     * backends' {@link org.sciaccel.spi.NdimageOps#minMaxFilter1d}, the code of sciaccel's own minimum_filter1d:
     * SciPy's deque decides there which NaN a window keeps, not a plain minimum. Other windows are one footprint
     * loop ({@code NI_MinOrMaxFilter}).
     */
    private static NDArray minMax(Backend b, NDArray in, Window w, GreyMorphologyOptions o, boolean maximum, DType out) {
        Mode mode = o.mode.filterExtension();
        if (!w.isBox()) {
            return b.morphology().greyMinMax(in, w.footprint, w.shape, w.structure, w.origin, mode, o.cval, maximum,
                    out);
        }
        NdimageOps ops = b.ndimage();
        // The line filters store with Casting.castTo; SciPy's passes store a double by C's conversion, which differs
        // for NaN and values beyond int32 (int64) stored into an integer type: such a first pass goes through a
        // floating intermediate (exact: an extreme is one of the values or cval) and C's conversion.
        DType first = storesByC(in.dtype(), out, o.cval) ? (b.supports(DType.FLOAT64) ? DType.FLOAT64 : DType.FLOAT32)
                : out;
        NDArray cur = in;
        try {
            for (int ax = 0; ax < w.shape.length; ax++) {
                if (w.shape[ax] < 2) {
                    continue;
                }
                DType passOut = cur == in ? first : out;
                NDArray next = ops.minMaxFilter1d(cur, w.shape[ax], ax, mode, o.cval, w.origin[ax], maximum, passOut);
                if (cur != in) {
                    cur.close();
                }
                cur = next;
                if (passOut != out) {
                    next = cConvert(b, cur, out);
                    cur.close();
                    cur = next;
                }
            }
        } catch (RuntimeException e) {
            if (cur != in) {
                cur.close();
            }
            throw e;
        }
        return cur != in ? cur : b.astype(in, out);
    }

    /**
     * Whether a pass from {@code in} with {@code cval} into {@code out} may produce a value that C's conversion and
     * Casting.castTo store differently: NaN or beyond int32 (int64 for int64 and uint32) into an integer type
     * (uint64 the two store alike).
     */
    private static boolean storesByC(DType in, DType out, double cval) {
        if (!out.isIntegral() || out == DType.UINT64) {
            return false;
        }
        boolean wide = in.isFloatingPoint() || in == DType.INT64 || in == DType.UINT32 || in == DType.UINT64;
        return wide || !(cval >= -2147483648.0 && cval < 2147483648.0);
    }

    /** {@code a} stored into {@code out} by C's conversion: the footprint loop over its single centre element. */
    private static NDArray cConvert(Backend b, NDArray a, DType out) {
        int nd = a.ndim();
        int[] ones = new int[nd];
        Arrays.fill(ones, 1);
        return b.morphology().greyMinMax(a, new boolean[] {true}, ones, null, new int[nd], Mode.CONSTANT, 0.0, false,
                out);
    }

    /**
     * SciPy's output array: its dtype (null: the input's, which is what SciPy's default output is). float16 and
     * complex are refused as SciPy's C loops refuse them.
     */
    private static DType outputDType(NDArray input, GreyMorphologyOptions o, String op) {
        DType out = o.output == null ? input.dtype() : o.output;
        if (out.isComplex() || out == DType.FLOAT16) {
            throw new IllegalArgumentException("output: dtype " + out + " is not supported by " + op
                    + " (SciPy: array type not supported)");
        }
        input.backend().requireSupported(out, "output");
        return out;
    }

    static NDArray run(String op, NDArray input, GreyMorphologyOptions o) {
        Window w = window(input, o, op);
        Window r = w.reflected();
        DType out = outputDType(input, o, op);
        // What follows the window passes: NumPy's subtract / add with out=, refused up front as NumPy would refuse.
        OutputUfuncs.checkStages(op, input.dtype(), out);
        // With a structure, SciPy's C loop treats a bool image's bytes as unsigned chars: 0 - 1 is stored as the
        // byte 255 (True) and the next stage of an opening reads 255 + 1 as 0. So a bool image with a structure is
        // processed as a uint8 copy of 0s and 1s; a bool intermediate is that uint8 read as non-zero (what NumPy's
        // bool of those bytes means when it computes with it), and a bool result the final store's byte read so.
        boolean bytes = input.dtype() == DType.BOOL && w.structure != null;
        return OpRouter.run(op, input, (b, in) -> {
            if (!bytes) {
                return compute(op, b, in, in, w, r, o, out);
            }
            try (NDArray u = b.astype(in, DType.UINT8)) {
                return compute(op, b, in, u, w, r, o, out);
            }
        });
    }

    /**
     * One op into dtype {@code out}. {@code input} is the caller's array (what the tophats, gradient and laplace
     * combine with); {@code loop} what the window passes read (the input, or its uint8 bytes for a bool image with
     * a structure), and their first stage of an opening or closing stays in the loop's dtype.
     */
    private static NDArray compute(String op, Backend b, NDArray input, NDArray loop, Window w, Window r,
            GreyMorphologyOptions o, DType out) {
        DType t = loop.dtype();
        switch (op) {
            case "ndimage.grey_erosion":
                return minMax(b, loop, w, o, false, out);
            case "ndimage.grey_dilation":
                return minMax(b, loop, r, o, true, out);
            case "ndimage.grey_opening":
                try (NDArray e = minMax(b, loop, w, o, false, t)) {
                    return minMax(b, e, r, o, true, out);
                }
            case "ndimage.grey_closing":
                try (NDArray d = minMax(b, loop, r, o, true, t)) {
                    return minMax(b, d, w, o, false, out);
                }
            case "ndimage.morphological_gradient":
                try (NDArray d = asInput(b, minMax(b, loop, r, o, true, t), input, loop);
                        NDArray e = minMax(b, loop, w, o, false, out)) {
                    return OutputUfuncs.apply(b, MorphologyOps.SUBTRACT, d, e, out);
                }
            case "ndimage.morphological_laplace":
                try (NDArray d = asInput(b, minMax(b, loop, r, o, true, t), input, loop);
                        NDArray e = minMax(b, loop, w, o, false, out);
                        NDArray sum = OutputUfuncs.apply(b, MorphologyOps.ADD, d, e, out);
                        NDArray once = OutputUfuncs.apply(b, MorphologyOps.SUBTRACT, sum, input, out)) {
                    return OutputUfuncs.apply(b, MorphologyOps.SUBTRACT, once, input, out);
                }
            case "ndimage.white_tophat":
                try (NDArray e = minMax(b, loop, w, o, false, t); NDArray opened = minMax(b, e, r, o, true, out)) {
                    return OutputUfuncs.tophat(b, input, opened, false, out);
                }
            case "ndimage.black_tophat":
                try (NDArray d = minMax(b, loop, r, o, true, t); NDArray closed = minMax(b, d, w, o, false, out)) {
                    return OutputUfuncs.tophat(b, input, closed, true, out);
                }
            default:
                throw new IllegalStateException(op);
        }
    }

    /** A stage computed on the uint8 bytes of a bool image, as NumPy reads that bool array (non-zero); else itself. */
    private static NDArray asInput(Backend b, NDArray stage, NDArray input, NDArray loop) {
        if (loop == input) {
            return stage;
        }
        try (stage) {
            return b.astype(stage, DType.BOOL);
        }
    }
}
