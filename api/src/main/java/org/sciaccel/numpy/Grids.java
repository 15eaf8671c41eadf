package org.sciaccel.numpy;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.Ramp;

/**
 * NumPy 1.24's grids composed from the ramp and gather primitives: {@code indices}, the
 * {@code mgrid} / {@code ogrid} slicing objects ({@code nd_grid.__getitem__}, step by step) and
 * {@code meshgrid}.
 */
final class Grids {
    private Grids() {
    }

    /** {@code indices(dimensions, dtype, sparse)}: one array (dense) or one per axis (sparse). */
    static NDArray[] indices(Backend backend, int[] dimensions, DType dtype, boolean sparse) {
        String op = "numpy.indices";
        int[] dims = CreationChecks.shape(op, "dimensions", dimensions);
        CreationChecks.requireSupported(backend, dtype, op);
        int n = dims.length;
        if (!sparse) {
            int[] shape = new int[n + 1];
            shape[0] = n;
            System.arraycopy(dims, 0, shape, 1, n);
            CreationChecks.requireCreatable(op, shape, dtype);
            Ramp[] blocks = new Ramp[Math.max(1, n)];
            for (int k = 0; k < n; k++) {
                Aranges a = Aranges.plan(op, PyValue.of(0L), PyValue.of((long) dims[k]), PyValue.of(1L), dtype);
                blocks[k] = new Ramp(Math.max(1, Shapes.inner(dims, k)), Math.max(1, dims[k]), a.first, a.second, false);
            }
            if (n == 0) {
                blocks[0] = new Ramp(1, 1, Element.zero(dtype), Element.zero(dtype), false);
            }
            return new NDArray[] {OpRouter.create(op, backend, b -> b.creation().ramps(shape, blocks))};
        }
        NDArray[] out = new NDArray[n];
        try {
            for (int k = 0; k < n; k++) {
                // arange(dim) of a negative dim is empty, and reshape(-1) then gives that axis 0.
                int len = Math.max(0, dims[k]);
                Aranges a = Aranges.plan(op, PyValue.of(0L), PyValue.of((long) len), PyValue.of(1L), dtype);
                int[] shape = axisShape(n, k, len);
                out[k] = OpRouter.create(op, backend, b -> b.creation().ramps(shape, a.ramp()));
            }
            return out;
        } catch (RuntimeException e) {
            closeAll(out);
            throw e;
        }
    }

    /** mgrid / ogrid of one slice: NumPy's 1-D form (arange, or the points of a complex step). */
    static NDArray single(String op, Backend backend, GridRange r) {
        if (r == null) {
            throw new IllegalArgumentException(op + ": the slice is null");
        }
        if (backend == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        if (!r.isPoints()) {
            Aranges a = Aranges.plan(op, r.start, r.stop, r.step, null);
            CreationChecks.requireSupported(backend, a.dtype, op);
            return OpRouter.create(op, backend, b -> b.creation().ramps(new int[] {a.length}, a.ramp()));
        }
        int length = r.count;
        double step = length != 1 ? (r.stop.asDouble() - r.start.asDouble()) / (length - 1) : 1.0;
        DType typ = DType.FLOAT64;
        CreationChecks.requireSupported(backend, typ, op);
        Ramp ramp = new Ramp(1, Math.max(1, length), r.start.cast(typ), PyValue.of(step).cast(typ), true);
        return OpRouter.create(op, backend, b -> b.creation().ramps(new int[] {length}, ramp));
    }

    /**
     * mgrid ({@code sparse == false}: one array, the axes stacked first) or ogrid (one array per
     * slice) of a tuple of slices.
     */
    static NDArray[] tuple(String op, Backend backend, GridRange[] key, boolean sparse) {
        if (key == null) {
            throw new IllegalArgumentException(op + ": the slices are null");
        }
        if (backend == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        int n = key.length;
        int[] size = new int[n];
        boolean integral = true;
        for (int k = 0; k < n; k++) {
            GridRange r = key[k];
            if (r == null) {
                throw new IllegalArgumentException(op + ": slice " + k + " is null");
            }
            if (r.isPoints()) {
                size[k] = r.count;
                integral = false;
            } else {
                double divisor = r.step.asDouble();
                if (divisor == 0) {
                    throw new IllegalArgumentException(op + ": slice " + k + " (" + r + ") has step 0: float division "
                            + "by zero (NumPy raises ZeroDivisionError)");
                }
                double s = Math.ceil(difference(r) / divisor);
                if (!(s > -0x1p31 && s < 0x1p31)) {
                    throw new IllegalArgumentException(op + ": slice " + k + " (" + r + ") has " + s + " points: "
                            + "Maximum allowed size exceeded");
                }
                size[k] = (int) s;
                integral &= r.start.isInteger() && r.stop.isInteger() && r.step.isInteger();
            }
        }
        DType typ = integral ? DType.INT64 : DType.FLOAT64;
        CreationChecks.requireSupported(backend, typ, op);
        Ramp[] ramps = new Ramp[n];
        for (int k = 0; k < n; k++) {
            GridRange r = key[k];
            PyValue step = r.step;
            if (r.isPoints()) {
                step = r.count != 1 ? PyValue.of(difference(r) / (r.count - 1)) : PyValue.of(1L);
            }
            int len = sparse ? Math.max(0, size[k]) : size[k];
            long inner = sparse ? 1 : innerOf(size, k);
            ramps[k] = new Ramp(Math.max(1, inner), Math.max(1, len), r.start.cast(typ), step.cast(typ), true);
        }
        if (!sparse) {
            int[] shape = new int[n + 1];
            shape[0] = n;
            System.arraycopy(size, 0, shape, 1, n);
            CreationChecks.requireCreatable(op, shape, typ);
            Ramp[] blocks = n == 0 ? new Ramp[] {new Ramp(1, 1, Element.zero(typ), Element.zero(typ), true)} : ramps;
            return new NDArray[] {OpRouter.create(op, backend, b -> b.creation().ramps(shape, blocks))};
        }
        NDArray[] out = new NDArray[n];
        try {
            for (int k = 0; k < n; k++) {
                int[] shape = axisShape(n, k, Math.max(0, size[k]));
                CreationChecks.requireCreatable(op, shape, typ);
                Ramp ramp = ramps[k];
                out[k] = OpRouter.create(op, backend, b -> b.creation().ramps(shape, ramp));
            }
            return out;
        } catch (RuntimeException e) {
            closeAll(out);
            throw e;
        }
    }

    /** {@code stop - start} as Python computes it (exact for ints), as a float. */
    private static double difference(GridRange r) {
        if (r.start.isInteger() && r.stop.isInteger()) {
            return (double) (r.stop.integer - r.start.integer);
        }
        return r.stop.asDouble() - r.start.asDouble();
    }

    /** {@code meshgrid(*xi, copy, sparse, indexing)}; every result is a copy. */
    static NDArray[] meshgrid(NDArray[] xi, boolean sparse, String indexing) {
        String op = "numpy.meshgrid";
        if (xi == null) {
            throw new IllegalArgumentException(op + ": xi is null");
        }
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException(op + ": indexing='" + indexing
                    + "': Valid values for `indexing` are 'xy' and 'ij'.");
        }
        int n = xi.length;
        if (n == 0) {
            return new NDArray[0];
        }
        for (int i = 0; i < n; i++) {
            if (xi[i] == null) {
                throw new IllegalArgumentException(op + ": x" + (i + 1) + " is null");
            }
        }
        int[] axisOf = new int[n];
        for (int i = 0; i < n; i++) {
            axisOf[i] = i;
        }
        if ("xy".equals(indexing) && n > 1) {
            axisOf[0] = 1;
            axisOf[1] = 0;
        }
        int[] dense = new int[n];
        for (int i = 0; i < n; i++) {
            dense[axisOf[i]] = xi[i].size();
        }
        for (int i = 0; i < n; i++) {
            CreationChecks.requireCreatable(op, sparse ? axisShape(n, axisOf[i], xi[i].size()) : dense, xi[i].dtype());
        }
        return OpRouter.arrays(op, (backend, in) -> {
            NDArray[] out = new NDArray[n];
            try {
                for (int i = 0; i < n; i++) {
                    int[] shape = sparse ? axisShape(n, axisOf[i], in[i].size()) : dense;
                    long[] strides = new long[n];
                    strides[axisOf[i]] = 1;
                    out[i] = backend.creation().gather(in[i], shape, 0, strides);
                }
                return out;
            } catch (RuntimeException e) {
                closeAll(out);
                throw e;
            }
        }, xi);
    }

    /** {@code (1, ..., len, ..., 1)}: {@code n} axes, {@code len} at {@code axis}. */
    static int[] axisShape(int n, int axis, int len) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        s[axis] = len;
        return s;
    }

    private static long innerOf(int[] size, int k) {
        long inner = 1;
        for (int d = k + 1; d < size.length; d++) {
            inner *= Math.max(0, size[d]);
        }
        return inner;
    }

    static void closeAll(NDArray[] arrays) {
        for (NDArray a : arrays) {
            if (a != null) {
                a.close();
            }
        }
    }
}
