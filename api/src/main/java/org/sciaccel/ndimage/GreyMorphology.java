package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.MorphologyOps;

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
        if (input.dtype() == DType.BOOL && !op.endsWith("tophat") && !op.endsWith("erosion") && !op.endsWith("dilation")
                && !op.endsWith("opening") && !op.endsWith("closing")) {
            throw new IllegalArgumentException("input: dtype bool is not supported by " + op
                    + " (NumPy cannot subtract booleans)");
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

    private static NDArray erode(Backend b, NDArray in, Window w, GreyMorphologyOptions o) {
        return b.morphology().greyMinMax(in, w.footprint, w.shape, w.structure, w.origin, o.mode.filterExtension(), o.cval,
                false);
    }

    private static NDArray dilate(Backend b, NDArray in, Window r, GreyMorphologyOptions o) {
        return b.morphology().greyMinMax(in, r.footprint, r.shape, r.structure, r.origin, o.mode.filterExtension(), o.cval,
                true);
    }

    static NDArray run(String op, NDArray input, GreyMorphologyOptions o) {
        Window w = window(input, o, op);
        Window r = w.reflected();
        // With a structure, SciPy's C loop treats a bool image's bytes as unsigned chars: 0 - 1 is stored as the
        // byte 255 (True) and the next stage of an opening reads 255 + 1 as 0. So a bool image with a structure is
        // processed as a uint8 copy of 0s and 1s, and read back as non-zero (what NumPy's bool of those bytes means);
        // the tophats then take NumPy's bitwise_xor of the bool image and that.
        boolean bytes = input.dtype() == DType.BOOL && w.structure != null;
        return OpRouter.run(op, input, (b, in) -> {
            if (!bytes) {
                return compute(op, b, in, w, r, o);
            }
            boolean tophat = op.endsWith("tophat");
            String core = !tophat ? op : op.equals("ndimage.white_tophat") ? "ndimage.grey_opening" : "ndimage.grey_closing";
            try (NDArray u = b.astype(in, DType.UINT8); NDArray raw = compute(core, b, u, w, r, o)) {
                if (!tophat) {
                    return b.astype(raw, DType.BOOL);
                }
                try (NDArray truth = b.astype(raw, DType.BOOL)) {
                    return b.morphology().elementwise(in, truth, MorphologyOps.XOR);
                }
            }
        });
    }

    private static NDArray compute(String op, Backend b, NDArray in, Window w, Window r, GreyMorphologyOptions o) {
        MorphologyOps ops = b.morphology();
        switch (op) {
            case "ndimage.grey_erosion":
                return erode(b, in, w, o);
            case "ndimage.grey_dilation":
                return dilate(b, in, r, o);
            case "ndimage.grey_opening":
                try (NDArray e = erode(b, in, w, o)) {
                    return dilate(b, e, r, o);
                }
            case "ndimage.grey_closing":
                try (NDArray d = dilate(b, in, r, o)) {
                    return erode(b, d, w, o);
                }
            case "ndimage.morphological_gradient":
                try (NDArray d = dilate(b, in, r, o); NDArray e = erode(b, in, w, o)) {
                    return ops.elementwise(d, e, MorphologyOps.SUBTRACT);
                }
            case "ndimage.morphological_laplace":
                try (NDArray d = dilate(b, in, r, o); NDArray e = erode(b, in, w, o);
                        NDArray sum = ops.elementwise(e, d, MorphologyOps.ADD);
                        NDArray once = ops.elementwise(sum, in, MorphologyOps.SUBTRACT)) {
                    return ops.elementwise(once, in, MorphologyOps.SUBTRACT);
                }
            case "ndimage.white_tophat":
                try (NDArray e = erode(b, in, w, o); NDArray opened = dilate(b, e, r, o)) {
                    return ops.elementwise(in, opened, in.dtype() == DType.BOOL ? MorphologyOps.XOR : MorphologyOps.SUBTRACT);
                }
            case "ndimage.black_tophat":
                try (NDArray d = dilate(b, in, r, o); NDArray closed = erode(b, d, w, o)) {
                    return ops.elementwise(closed, in, in.dtype() == DType.BOOL ? MorphologyOps.XOR : MorphologyOps.SUBTRACT);
                }
            default:
                throw new IllegalStateException(op);
        }
    }
}
