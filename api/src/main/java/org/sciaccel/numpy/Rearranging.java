package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * reshape and its kin (views), and the ops that move elements to new places (transpose,
 * swapaxes, moveaxis, broadcast_to, flip, roll, tile, repeat, copy): NumPy's shape arithmetic
 * and refusals, then one strided gather (or a few) per call.
 */
final class Rearranging {
    private Rearranging() {
    }

    // ---- views (no copy) ----

    static NDArray reshape(NDArray a, int[] newshape) {
        String op = "numpy.reshape";
        int[] target = reshapeTarget(op, a, newshape);
        return OpRouter.run(op, a, (b, x) -> x.viewAs(target));
    }

    /** newshape with its one unknown (negative) extent inferred, as NumPy's reshape. */
    static int[] reshapeTarget(String op, NDArray a, int[] newshape) {
        int unknown = -1;
        long known = 1;
        for (int d = 0; d < newshape.length; d++) {
            if (newshape[d] < 0) {
                if (unknown >= 0) {
                    throw ShapeErrors.value(op, "can only specify one unknown dimension", ShapeErrors.operand("a", a));
                }
                unknown = d;
            } else {
                known *= newshape[d];
            }
        }
        int[] target = newshape.clone();
        if (unknown >= 0) {
            if (known == 0 || a.size() % known != 0) {
                throw ShapeErrors.value(op, "cannot reshape array of size " + a.size() + " into shape "
                        + withUnknown(newshape, unknown), ShapeErrors.operand("a", a));
            }
            target[unknown] = (int) (a.size() / known);
        } else if (known != a.size()) {
            throw ShapeErrors.value(op, "cannot reshape array of size " + a.size() + " into shape "
                    + ShapeErrors.compact(newshape), ShapeErrors.operand("a", a));
        }
        return target;
    }

    /** NumPy's spelling of a shape with an unknown extent: {@code (4,newaxis)}, a leading unknown left out. */
    private static String withUnknown(int[] shape, int unknown) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (d != unknown) {
                parts.add(Integer.toString(shape[d]));
            } else if (d > 0) {
                parts.add("newaxis");
            }
        }
        return "(" + String.join(",", parts) + ")";
    }

    static NDArray ravel(NDArray a) {
        return OpRouter.run("numpy.ravel", a, (b, x) -> x.viewAs(x.size()));
    }

    static NDArray squeeze(NDArray a, int[] axis) {
        String op = "numpy.squeeze";
        int[] shape = a.shape();
        boolean[] drop = new boolean[shape.length];
        if (axis == null) {
            for (int d = 0; d < shape.length; d++) {
                drop[d] = shape[d] == 1;
            }
        } else {
            String operands = ShapeErrors.operand("a", a);
            int[] axes = new int[axis.length];
            for (int k = 0; k < axis.length; k++) {
                axes[k] = ShapeErrors.axis(op, "axis", axis[k], shape.length, operands);
            }
            if (Arrays.stream(axes).distinct().count() != axes.length) {
                throw ShapeErrors.value(op, "duplicate value in 'axis'", operands);
            }
            for (int d : axes) {
                if (shape[d] != 1) {
                    throw ShapeErrors.value(op, "cannot select an axis to squeeze out which has size not equal to one",
                            ShapeErrors.operand("a", a));
                }
                drop[d] = true;
            }
        }
        int[] target = Arrays.stream(range(shape.length)).filter(d -> !drop[d]).map(d -> shape[d]).toArray();
        return OpRouter.run(op, a, (b, x) -> x.viewAs(target));
    }

    static NDArray expandDims(NDArray a, int[] axis) {
        String op = "numpy.expand_dims";
        int ndim = a.ndim() + axis.length;
        int[] axes = ShapeErrors.axes(op, "axis", axis, ndim, ShapeErrors.operand("a", a));
        boolean[] isNew = new boolean[ndim];
        for (int d : axes) {
            isNew[d] = true;
        }
        int[] shape = a.shape();
        int[] target = new int[ndim];
        for (int d = 0, next = 0; d < ndim; d++) {
            target[d] = isNew[d] ? 1 : shape[next++];
        }
        return OpRouter.run(op, a, (b, x) -> x.viewAs(target));
    }

    // ---- gathers (copies) ----

    /** The window {@code v} of {@code a} gathered into a new array, routed as {@code op}. */
    static NDArray gathered(String op, NDArray a, StridedView v) {
        return OpRouter.run(op, a, (b, x) -> Copies.gather(b, x, v));
    }

    static NDArray transpose(NDArray a, int[] axes) {
        String op = "numpy.transpose";
        int n = a.ndim();
        int[] perm;
        if (axes == null) {
            perm = new int[n];
            for (int d = 0; d < n; d++) {
                perm[d] = n - 1 - d;
            }
        } else {
            if (axes.length != n) {
                throw ShapeErrors.value(op, "axes don't match array", ShapeErrors.operand("a", a));
            }
            perm = new int[n];
            boolean[] seen = new boolean[n];
            for (int d = 0; d < n; d++) {
                perm[d] = ShapeErrors.axis(op, "axes", axes[d], n, ShapeErrors.operand("a", a));
                if (seen[perm[d]]) {
                    throw ShapeErrors.value(op, "repeated axis in transpose", ShapeErrors.operand("a", a));
                }
                seen[perm[d]] = true;
            }
        }
        return gathered(op, a, StridedView.contiguous(a.shape()).permute(perm));
    }

    static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        String op = "numpy.swapaxes";
        String operands = ShapeErrors.operand("a", a);
        int i = ShapeErrors.axis(op, "axis1", axis1, a.ndim(), operands);
        int j = ShapeErrors.axis(op, "axis2", axis2, a.ndim(), operands);
        int[] perm = range(a.ndim());
        perm[i] = j;
        perm[j] = i;
        return gathered(op, a, StridedView.contiguous(a.shape()).permute(perm));
    }

    static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        String op = "numpy.moveaxis";
        String operands = ShapeErrors.operand("a", a);
        int n = a.ndim();
        int[] src = ShapeErrors.axes(op, "source", source, n, operands);
        int[] dst = ShapeErrors.axes(op, "destination", destination, n, operands);
        if (src.length != dst.length) {
            throw ShapeErrors.value(op, "`source` and `destination` arguments must have the same number of elements",
                    operands);
        }
        // NumPy's order: the axes not moved, then each moved axis inserted at its destination, in destination order.
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            final int axis = d;
            if (Arrays.stream(src).noneMatch(s -> s == axis)) {
                order.add(d);
            }
        }
        Integer[] byDest = new Integer[src.length];
        for (int k = 0; k < src.length; k++) {
            byDest[k] = k;
        }
        Arrays.sort(byDest, (x, y) -> Integer.compare(dst[x], dst[y]));
        for (int k : byDest) {
            order.add(dst[k], src[k]);
        }
        return gathered(op, a, StridedView.contiguous(a.shape()).permute(order.stream().mapToInt(Integer::intValue).toArray()));
    }

    static NDArray broadcastTo(NDArray a, int[] shape) {
        String op = "numpy.broadcast_to";
        String operands = ShapeErrors.operand("array", a);
        for (int s : shape) {
            if (s < 0) {
                throw ShapeErrors.value(op, "all elements of broadcast shape must be non-negative", operands);
            }
        }
        if (a.ndim() > shape.length) {
            throw ShapeErrors.value(op, "input operand has more dimensions than allowed by the axis remapping", operands);
        }
        StridedView v = Copies.broadcast(StridedView.contiguous(a.shape()), shape);
        if (v == null) {
            throw ShapeErrors.value(op, "operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + ShapeErrors.compact(a.shape()) + "  and requested shape "
                    + ShapeErrors.compact(shape), operands);
        }
        Shapes.size(shape);
        return gathered(op, a, v);
    }

    static NDArray flip(NDArray a, int[] axis) {
        String op = "numpy.flip";
        int[] axes = axis == null ? range(a.ndim()) : ShapeErrors.axes(op, "axis", axis, a.ndim(), ShapeErrors.operand("m", a));
        StridedView v = StridedView.contiguous(a.shape());
        for (int d : axes) {
            v = v.reversed(d);
        }
        return gathered(op, a, v);
    }

    static NDArray copy(NDArray a) {
        return gathered("numpy.copy", a, StridedView.contiguous(a.shape()));
    }

    /**
     * roll: per axis, the shifts given for it summed and taken modulo its length; the result is
     * the 2^k blocks (k rolled axes) of the input, each copied to its place.
     */
    static NDArray roll(NDArray a, int[] shift, int[] axis) {
        String op = "numpy.roll";
        String operands = ShapeErrors.operand("a", a);
        if (axis == null) {
            try (NDArray flat = a.viewAs(a.size())) {
                return reshaped(roll(flat, shift, new int[] {0}), a.shape());
            }
        }
        if (shift.length != axis.length && shift.length != 1 && axis.length != 1) {
            throw ShapeErrors.value(op, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is"
                    + " between arg 0 with shape (" + shift.length + ",) and arg 1 with shape (" + axis.length + ",).",
                    operands);
        }
        int[] shape = a.shape();
        long[] total = new long[shape.length];
        for (int k = 0; k < Math.max(shift.length, axis.length); k++) {
            int d = ShapeErrors.axis(op, "axis", axis[axis.length == 1 ? 0 : k], shape.length, operands);
            total[d] += shift[shift.length == 1 ? 0 : k];
        }
        int[] offsets = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            offsets[d] = shape[d] == 0 ? 0 : (int) Math.floorMod(total[d], (long) shape[d]);
        }
        return OpRouter.run(op, a, (b, x) -> rollBlocks(b, x, offsets));
    }

    private static NDArray rollBlocks(Backend b, NDArray x, int[] offsets) {
        int[] shape = x.shape();
        List<Integer> rolled = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (offsets[d] != 0) {
                rolled.add(d);
            }
        }
        NDArray out = b.shape().allocate(x.dtype(), shape);
        try {
            StridedView whole = StridedView.contiguous(shape);
            for (int mask = 0; mask < 1 << rolled.size(); mask++) {
                StridedView from = whole;
                StridedView to = whole;
                for (int k = 0; k < rolled.size(); k++) {
                    int d = rolled.get(k);
                    int s = offsets[d];
                    int n = shape[d];
                    // block 0: source [0, n-s) to [s, n); block 1: source [n-s, n) to [0, s)
                    boolean tail = (mask >> k & 1) != 0;
                    from = tail ? from.range(d, n - s, s) : from.range(d, 0, n - s);
                    to = tail ? to.range(d, 0, s) : to.range(d, s, n - s);
                }
                Copies.copyInto(b, x, from, out, to);
            }
            return out;
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    static NDArray tile(NDArray a, int[] reps) {
        String op = "numpy.tile";
        for (int r : reps) {
            if (r < 0) {
                throw ShapeErrors.value(op, "negative dimensions are not allowed", ShapeErrors.operand("A", a));
            }
        }
        int n = Math.max(a.ndim(), reps.length);
        int[] shape = new int[n];
        long[] strides = new long[n];
        int[] r = new int[n];
        int[] s = a.shape();
        long[] st = StridedView.rowMajorStrides(s);
        for (int d = 0; d < n; d++) {
            int sd = d - (n - s.length);
            int rd = d - (n - reps.length);
            shape[d] = sd >= 0 ? s[sd] : 1;
            strides[d] = sd >= 0 ? st[sd] : 0;
            r[d] = rd >= 0 ? reps[rd] : 1;
        }
        // (r0, s0, r1, s1, ...) with stride 0 on each r: row-major over these extents is the tiled layout.
        int[] extents = new int[2 * n];
        long[] srcStrides = new long[2 * n];
        int[] outShape = new int[n];
        for (int d = 0; d < n; d++) {
            extents[2 * d] = r[d];
            extents[2 * d + 1] = shape[d];
            srcStrides[2 * d + 1] = strides[d];
            outShape[d] = (int) Math.min(Integer.MAX_VALUE, (long) r[d] * shape[d]);
        }
        Shapes.size(outShape);
        return reshaped(gathered(op, a, new StridedView(extents, 0, srcStrides)), outShape);
    }

    /** repeat with one count for every element: extents (..., n_axis, repeats, inner...) with stride 0 on repeats. */
    static NDArray repeat(NDArray a, int repeats, Integer axis) {
        String op = "numpy.repeat";
        String operands = ShapeErrors.operand("a", a);
        if (repeats < 0) {
            throw ShapeErrors.value(op, "negative dimensions are not allowed", operands);
        }
        if (axis == null) {
            try (NDArray flat = a.viewAs(a.size())) {
                return repeat(flat, repeats, 0);
            }
        }
        int ax = ShapeErrors.axis(op, "axis", axis, a.ndim(), operands);
        int[] s = a.shape();
        long[] st = StridedView.rowMajorStrides(s);
        int[] extents = new int[s.length + 1];
        long[] strides = new long[s.length + 1];
        for (int d = 0, k = 0; d < s.length; d++, k++) {
            extents[k] = s[d];
            strides[k] = st[d];
            if (d == ax) {
                extents[++k] = repeats;
                strides[k] = 0;
            }
        }
        int[] outShape = s.clone();
        outShape[ax] = (int) Math.min(Integer.MAX_VALUE, (long) s[ax] * repeats);
        Shapes.size(outShape);
        return reshaped(gathered(op, a, new StridedView(extents, 0, strides)), outShape);
    }

    /**
     * repeat with a count per element along the axis: the index of each output row, built on the
     * host from the counts (host values already) and uploaded once, then one take.
     */
    static NDArray repeat(NDArray a, int[] repeats, Integer axis) {
        String op = "numpy.repeat";
        String operands = ShapeErrors.operand("a", a);
        if (repeats.length == 1) {
            return repeat(a, repeats[0], axis);
        }
        if (axis == null) {
            try (NDArray flat = a.viewAs(a.size())) {
                return repeat(flat, repeats, 0);
            }
        }
        int ax = ShapeErrors.axis(op, "axis", axis, a.ndim(), operands);
        int n = a.shape(ax);
        for (int r : repeats) {
            if (r < 0) {
                throw ShapeErrors.value(op, "repeats may not contain negative values.", operands);
            }
        }
        if (repeats.length != n) {
            throw ShapeErrors.value(op, "operands could not be broadcast together with shape (" + n + ",) ("
                    + repeats.length + ",)", operands);
        }
        long total = 0;
        for (int r : repeats) {
            total += r;
        }
        int[] outShape = a.shape();
        outShape[ax] = (int) Math.min(Integer.MAX_VALUE, total);
        Shapes.size(outShape);
        long[] rows = new long[outShape[ax]];
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < repeats[i]; j++) {
                rows[k++] = i;
            }
        }
        return OpRouter.run(op, a, (b, x) -> {
            try (NDArray idx = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {rows.length}, rows))) {
                return Indexing.takeRows(b, x, ax, idx, outShape);
            }
        });
    }

    /** {@code a} as a view of {@code shape}, {@code a} itself closed (the view keeps the storage). */
    static NDArray reshaped(NDArray a, int[] shape) {
        try (a) {
            return a.viewAs(shape);
        }
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
