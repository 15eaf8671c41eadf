package org.sciaccel.numpy;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.ShapeOps;
import org.sciaccel.spi.ShapeOps.IndexMode;

/**
 * Reading by index: basic indexing (an {@link Index}: one strided gather), integer-array indexing
 * (take, take_along_axis, {@code a[idx]}) and boolean masks ({@code a[mask]}: the mask's nonzero
 * positions, then the rows at those positions).
 */
final class Indexing {
    static final String GETITEM = "numpy.ndarray.__getitem__";

    private Indexing() {
    }

    /** {@code a[index]}: a copy of the window the index selects (0-d when every axis gets an integer). */
    static NDArray getItem(NDArray a, Index index) {
        StridedView v = index.resolve(a.shape(), GETITEM, ShapeErrors.operand("a", a));
        return Rearranging.gathered(GETITEM, a, v);
    }

    /** {@code a[key]} for an array key: a boolean mask, or integer indices along axis 0. */
    static NDArray getItem(NDArray a, NDArray key) {
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("key", key);
        if (key.dtype() == DType.BOOL) {
            int[] rest = checkMask(GETITEM, a, key, operands);
            return OpRouter.array(GETITEM, (b, in) -> maskRows(b, in[0], in[1], rest), a, key);
        }
        requireIndexDType(GETITEM, key, operands);
        if (a.ndim() == 0) {
            throw ShapeErrors.index(GETITEM, "too many indices for array: array is 0-dimensional, but 1 were indexed",
                    operands);
        }
        return OpRouter.array(GETITEM, (b, in) -> take(b, in[0], in[1], 0, IndexMode.RAISE, true, operands), a, key);
    }

    /**
     * The shape of {@code a[mask]} after its first axis (the axes the mask does not cover), or
     * NumPy's IndexError for a mask whose shape does not match {@code a}'s leading axes.
     */
    static int[] checkMask(String op, NDArray a, NDArray mask, String operands) {
        int[] s = a.shape();
        int[] m = mask.shape();
        if (m.length > s.length) {
            throw ShapeErrors.index(op, "too many indices for array: array is " + s.length + "-dimensional, but "
                    + m.length + " were indexed", operands);
        }
        for (int d = 0; d < m.length; d++) {
            if (m[d] != s[d]) {
                throw ShapeErrors.index(op, "boolean index did not match indexed array along dimension " + d
                        + "; dimension is " + s[d] + " but corresponding boolean dimension is " + m[d], operands);
            }
        }
        int[] rest = new int[s.length - m.length];
        System.arraycopy(s, m.length, rest, 0, rest.length);
        return rest;
    }

    /** {@code a[mask]} once checked: the rows of {@code a} seen as (mask.size, rest) at the mask's nonzero positions. */
    private static NDArray maskRows(Backend b, NDArray a, NDArray mask, int[] rest) {
        ShapeOps ops = b.shape();
        int inner = Shapes.size(rest);
        try (NDArray rows = ops.flatnonzero(mask)) {
            int count = rows.size();
            int[] outShape = new int[rest.length + 1];
            outShape[0] = count;
            System.arraycopy(rest, 0, outShape, 1, rest.length);
            return ops.takeRows(a, 1, mask.size(), inner, rows, count, new long[] {0, 1, 0}, outShape);
        }
    }

    /** NumPy's refusal of a key or indices of a dtype that is neither integer nor bool. */
    static void requireIndexDType(String op, NDArray indices, String operands) {
        if (!indices.dtype().isIntegral()) {
            throw ShapeErrors.index(op, "arrays used as indices must be of integer (or boolean) type", operands);
        }
    }

    /** take's refusal of indices that do not cast safely to int64 (floats, uint64), as NumPy's TypeError. */
    static void requireSafeIndexCast(String op, NDArray indices, String operands) {
        if (!indices.dtype().isIntegral() || indices.dtype() == DType.UINT64) {
            throw ShapeErrors.type(op, "Cannot cast array data from dtype('" + indices.dtype()
                    + "') to dtype('int64') according to the rule 'safe'", operands);
        }
    }

    static NDArray take(NDArray a, NDArray indices, Integer axis, String mode) {
        String op = "numpy.take";
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("indices", indices);
        IndexMode m = indexMode(op, mode, operands);
        requireSafeIndexCast(op, indices, operands);
        if (axis == null) {
            try (NDArray flat = a.viewAs(a.size())) {
                return OpRouter.array(op, (b, in) -> take(b, in[0], in[1], 0, m, false, operands), flat, indices);
            }
        }
        int ax = ShapeErrors.axis(op, "axis", axis, a.ndim(), operands);
        return OpRouter.array(op, (b, in) -> take(b, in[0], in[1], ax, m, false, operands), a, indices);
    }

    static IndexMode indexMode(String op, String mode, String operands) {
        switch (mode == null ? "raise" : mode) {
            case "raise": return IndexMode.RAISE;
            case "wrap": return IndexMode.WRAP;
            case "clip": return IndexMode.CLIP;
            default: throw ShapeErrors.value(op, "clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + mode + "')",
                    operands);
        }
    }

    /**
     * take along {@code axis} on one backend: indices converted to int64, checked (raise) or
     * folded (wrap, clip) into {@code [0, n)}, then the rows gathered.
     */
    static NDArray take(Backend b, NDArray a, NDArray indices, int axis, IndexMode mode, boolean getItem,
            String operands) {
        String op = getItem ? GETITEM : "numpy.take";
        int n = a.shape(axis);
        if (n == 0 && indices.size() > 0 && !getItem) {
            throw ShapeErrors.index(op, "cannot do a non-empty take from an empty axes.", operands);
        }
        try (NDArray idx = int64(indices); NDArray rows = normalized(b, op, idx, axis, n, mode, operands)) {
            int[] outShape = takeShape(a.shape(), axis, indices.shape());
            return takeRows(b, a, axis, rows, outShape);
        }
    }

    /** {@code indices} as int64 on its backend: itself as a new view when it already is, else converted. */
    static NDArray int64(NDArray indices) {
        return indices.dtype() == DType.INT64 ? indices.viewAs(indices.shape()) : indices.astype(DType.INT64);
    }

    /**
     * int64 indices brought into {@code [0, n)}; in raise mode NumPy's IndexError for the first one
     * outside {@code [-n, n)} ("index 7 is out of bounds for axis 0 with size 6"), before anything is written.
     */
    static NDArray normalized(Backend b, String op, NDArray idx, int axis, int n, IndexMode mode, String operands) {
        if (mode == IndexMode.RAISE) {
            Long bad = idx.size() == 0 ? null : b.shape().firstOutOfBounds(idx, n);
            if (bad != null) {
                throw ShapeErrors.index(op, "index " + bad + " is out of bounds for axis " + axis + " with size " + n,
                        operands);
            }
        }
        return b.shape().normalizeIndices(idx, n, mode);
    }

    /** a.shape[:axis] + indices' shape + a.shape[axis+1:]. */
    static int[] takeShape(int[] s, int axis, int[] idxShape) {
        int[] out = new int[s.length - 1 + idxShape.length];
        System.arraycopy(s, 0, out, 0, axis);
        System.arraycopy(idxShape, 0, out, axis, idxShape.length);
        System.arraycopy(s, axis + 1, out, axis + idxShape.length, s.length - axis - 1);
        Shapes.size(out);
        return out;
    }

    /** The rows {@code rows} (int64 in {@code [0, n)}, any shape) of {@code a} along {@code axis}, shaped {@code outShape}. */
    static NDArray takeRows(Backend b, NDArray a, int axis, NDArray rows, int[] outShape) {
        int[] s = a.shape();
        return b.shape().takeRows(a, Shapes.outer(s, axis), s[axis], Shapes.inner(s, axis), rows, rows.size(),
                new long[] {0, 1, 0}, outShape);
    }

    static NDArray takeAlongAxis(NDArray arr, NDArray indices, Integer axis) {
        String op = "numpy.take_along_axis";
        String operands = ShapeErrors.operand("arr", arr) + ", " + ShapeErrors.operand("indices", indices);
        if (!indices.dtype().isIntegral() || indices.dtype() == DType.BOOL) {
            throw ShapeErrors.index(op, "`indices` must be an integer array", operands);
        }
        if (axis == null) {
            if (indices.ndim() != 1) {
                // NumPy 1.24 compares with the flattened arr's one dimension
                throw ShapeErrors.value(op, "`indices` and `arr` must have the same number of dimensions", operands);
            }
            try (NDArray flat = arr.viewAs(arr.size())) {
                return takeAlongAxis(flat, indices, 0);
            }
        }
        if (indices.ndim() != arr.ndim()) {
            throw ShapeErrors.value(op, "`indices` and `arr` must have the same number of dimensions", operands);
        }
        int ax = ShapeErrors.axis(op, "axis", axis, arr.ndim(), operands);
        int[] as = arr.shape();
        int[] is = indices.shape();
        int[] a1 = as.clone();
        int[] i1 = is.clone();
        a1[ax] = 1;
        i1[ax] = 1;
        int[] common = Copies.broadcastShapes(a1, i1);
        if (common == null) {
            // NumPy indexes arr[arange(n0)[:, None, ...], ..., indices, ...]: the shapes of that fancy index
            StringBuilder shapes = new StringBuilder();
            for (int d = 0; d < as.length; d++) {
                int[] fancy = new int[as.length];
                java.util.Arrays.fill(fancy, 1);
                fancy[d] = as[d];
                shapes.append(ShapeErrors.compact(d == ax ? is : fancy)).append(' ');
            }
            throw ShapeErrors.index(op, "shape mismatch: indexing arrays could not be broadcast together with shapes "
                    + shapes, operands);
        }
        int[] outShape = common.clone();
        outShape[ax] = is[ax];
        int[] arrShape = common.clone();
        arrShape[ax] = as[ax];
        Shapes.size(outShape);
        Shapes.size(arrShape);
        return OpRouter.array(op, (b, in) -> alongAxis(b, in[0], in[1], ax, arrShape, outShape, operands), arr, indices);
    }

    private static NDArray alongAxis(Backend b, NDArray arr, NDArray indices, int ax, int[] arrShape, int[] outShape,
            String operands) {
        String op = "numpy.take_along_axis";
        int n = arrShape[ax];
        StridedView av = Copies.broadcast(StridedView.contiguous(arr.shape()), arrShape);
        StridedView iv = Copies.broadcast(StridedView.contiguous(indices.shape()), outShape);
        try (NDArray a = java.util.Arrays.equals(arr.shape(), arrShape) ? arr.viewAs(arrShape) : Copies.gather(b, arr, av);
                NDArray i64 = int64(indices);
                NDArray full = java.util.Arrays.equals(indices.shape(), outShape) ? i64.viewAs(outShape)
                        : Copies.gather(b, i64, iv);
                NDArray rows = normalized(b, op, full, ax, n, IndexMode.RAISE, operands)) {
            int outer = Shapes.outer(outShape, ax);
            int inner = Shapes.inner(outShape, ax);
            int m = outShape[ax];
            return b.shape().takeRows(a, outer, n, inner, rows, m, new long[] {(long) m * inner, inner, 1}, outShape);
        }
    }

    // ---- nonzero and its kin: the compaction primitive, then one coordinate per axis ----

    static NDArray flatnonzero(NDArray a) {
        return OpRouter.run("numpy.flatnonzero", a, (b, x) -> b.shape().flatnonzero(x));
    }

    static NDArray argwhere(NDArray a) {
        return OpRouter.run("numpy.argwhere", a, (b, x) -> {
            int[] s = x.shape();
            try (NDArray flat = b.shape().flatnonzero(x)) {
                NDArray out = b.shape().allocate(DType.INT64, new int[] {flat.size(), s.length});
                try {
                    for (int d = 0; d < s.length && flat.size() > 0; d++) {
                        b.shape().unravel(flat, Shapes.inner(s, d), s[d], out, d, s.length);
                    }
                    return out;
                } catch (RuntimeException | Error e) {
                    out.close();
                    throw e;
                }
            }
        });
    }

    /** nonzero: one int64 array per axis; a 0-d input is read as 1-d, as NumPy 1.24 does (with a DeprecationWarning). */
    static NDArray[] nonzero(NDArray a) {
        return OpRouter.arrays("numpy.nonzero", (b, in) -> {
            int[] s = in[0].ndim() == 0 ? new int[] {1} : in[0].shape();
            NDArray[] out = new NDArray[s.length];
            try (NDArray flat = b.shape().flatnonzero(in[0])) {
                for (int d = 0; d < s.length; d++) {
                    out[d] = b.shape().allocate(DType.INT64, new int[] {flat.size()});
                    if (flat.size() > 0) {
                        b.shape().unravel(flat, Shapes.inner(s, d), s[d], out[d], 0, 1);
                    }
                }
                return out;
            } catch (RuntimeException | Error e) {
                for (NDArray o : out) {
                    if (o != null) {
                        o.close();
                    }
                }
                throw e;
            }
        }, a);
    }
}
