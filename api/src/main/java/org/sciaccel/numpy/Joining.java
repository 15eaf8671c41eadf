package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/** concatenate, stack, split and array_split: each block one strided copy into or out of a window. */
final class Joining {
    private Joining() {
    }

    static NDArray concatenate(NDArray[] arrays, Integer axis) {
        String op = "numpy.concatenate";
        if (arrays == null || arrays.length == 0) {
            throw new IllegalArgumentException("need at least one array to concatenate (" + op + ")");
        }
        if (axis == null) {
            NDArray[] flat = new NDArray[arrays.length];
            try {
                for (int i = 0; i < arrays.length; i++) {
                    flat[i] = arrays[i].viewAs(arrays[i].size());
                }
                return concatenate(flat, 0);
            } finally {
                for (NDArray f : flat) {
                    if (f != null) {
                        f.close();
                    }
                }
            }
        }
        String operands = operands(arrays);
        if (arrays[0].ndim() == 0) {
            throw ShapeErrors.value(op, "zero-dimensional arrays cannot be concatenated", operands);
        }
        int ndim = arrays[0].ndim();
        int ax = ShapeErrors.axis(op, "axis", axis, ndim, operands);
        int[] first = arrays[0].shape();
        long total = 0;
        DType dtype = arrays[0].dtype();
        for (int i = 0; i < arrays.length; i++) {
            int[] s = arrays[i].shape();
            if (s.length != ndim) {
                throw ShapeErrors.value(op, "all the input arrays must have same number of dimensions, but the array at"
                        + " index 0 has " + ndim + " dimension(s) and the array at index " + i + " has " + s.length
                        + " dimension(s)", operands);
            }
            for (int d = 0; d < ndim; d++) {
                if (d != ax && s[d] != first[d]) {
                    throw ShapeErrors.value(op, "all the input array dimensions except for the concatenation axis must"
                            + " match exactly, but along dimension " + d + ", the array at index 0 has size " + first[d]
                            + " and the array at index " + i + " has size " + s[d], operands);
                }
            }
            total += s[ax];
            dtype = Casting.promoteTypes(dtype, arrays[i].dtype());
        }
        int[] outShape = first.clone();
        outShape[ax] = (int) Math.min(Integer.MAX_VALUE, total);
        Shapes.size(outShape);
        DType result = dtype;
        return OpRouter.array(op, (b, in) -> join(b, in, ax, outShape, result), arrays);
    }

    private static NDArray join(Backend b, NDArray[] in, int ax, int[] outShape, DType dtype) {
        NDArray out = b.shape().allocate(dtype, outShape);
        try {
            StridedView whole = StridedView.contiguous(outShape);
            int at = 0;
            for (NDArray x : in) {
                int len = x.shape(ax);
                try (NDArray v = x.dtype() == dtype ? x.viewAs(x.shape()) : x.astype(dtype)) {
                    Copies.copyInto(b, v, StridedView.contiguous(v.shape()), out, whole.range(ax, at, len));
                }
                at += len;
            }
            return out;
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    static NDArray stack(NDArray[] arrays, int axis) {
        String op = "numpy.stack";
        if (arrays == null || arrays.length == 0) {
            throw new IllegalArgumentException("need at least one array to stack (" + op + ")");
        }
        String operands = operands(arrays);
        int[] s = arrays[0].shape();
        for (NDArray a : arrays) {
            if (!Arrays.equals(a.shape(), s)) {
                throw ShapeErrors.value(op, "all input arrays must have the same shape", operands);
            }
        }
        int ax = ShapeErrors.axis(op, "axis", axis, s.length + 1, operands);
        int[] expanded = new int[s.length + 1];
        for (int d = 0, k = 0; d < expanded.length; d++) {
            expanded[d] = d == ax ? 1 : s[k++];
        }
        NDArray[] views = new NDArray[arrays.length];
        try {
            for (int i = 0; i < arrays.length; i++) {
                views[i] = arrays[i].viewAs(expanded);
            }
            return OpRouter.array(op, (b, in) -> {
                DType dtype = in[0].dtype();
                for (NDArray x : in) {
                    dtype = Casting.promoteTypes(dtype, x.dtype());
                }
                int[] outShape = expanded.clone();
                outShape[ax] = in.length;
                return join(b, in, ax, outShape, dtype);
            }, views);
        } finally {
            for (NDArray v : views) {
                if (v != null) {
                    v.close();
                }
            }
        }
    }

    /** split into {@code sections} equal parts (NumPy's refusal when they are not equal). */
    static NDArray[] split(NDArray a, int sections, int axis, boolean arraySplit) {
        String op = arraySplit ? "numpy.array_split" : "numpy.split";
        String operands = ShapeErrors.operand("ary", a);
        int ax = ShapeErrors.axis(op, "axis", axis, a.ndim(), operands);
        if (sections <= 0) {
            throw ShapeErrors.value(op, "number sections must be larger than 0.", operands);
        }
        int n = a.shape(ax);
        if (!arraySplit && n % sections != 0) {
            throw ShapeErrors.value(op, "array split does not result in an equal division", operands);
        }
        // array_split: the first n % sections parts one longer
        int each = n / sections;
        int extra = n % sections;
        int[] starts = new int[sections + 1];
        for (int i = 0; i < sections; i++) {
            starts[i + 1] = starts[i] + each + (i < extra ? 1 : 0);
        }
        long[][] bounds = new long[sections][];
        for (int i = 0; i < sections; i++) {
            bounds[i] = new long[] {starts[i], starts[i + 1] - starts[i]};
        }
        return pieces(op, a, ax, bounds);
    }

    /** split at {@code indices}: the parts {@code a[i_k:i_(k+1)]} along the axis, Python's slice rules for each. */
    static NDArray[] split(NDArray a, int[] indices, int axis, boolean arraySplit) {
        String op = arraySplit ? "numpy.array_split" : "numpy.split";
        String operands = ShapeErrors.operand("ary", a);
        int ax = ShapeErrors.axis(op, "axis", axis, a.ndim(), operands);
        int n = a.shape(ax);
        long[][] bounds = new long[indices.length + 1][];
        for (int k = 0; k <= indices.length; k++) {
            Long start = k == 0 ? 0L : (long) indices[k - 1];
            Long stop = k == indices.length ? null : (long) indices[k];
            long[] r = Index.indices(new Index.Slice(start, stop, null), n, op, operands);
            bounds[k] = new long[] {r[0], r[3]};
        }
        return pieces(op, a, ax, bounds);
    }

    private static NDArray[] pieces(String op, NDArray a, int ax, long[][] bounds) {
        return OpRouter.arrays(op, (b, in) -> {
            List<NDArray> out = new ArrayList<>();
            try {
                StridedView whole = StridedView.contiguous(in[0].shape());
                for (long[] r : bounds) {
                    out.add(Copies.gather(b, in[0], whole.range(ax, (int) r[0], (int) r[1])));
                }
                return out.toArray(new NDArray[0]);
            } catch (RuntimeException | Error e) {
                out.forEach(NDArray::close);
                throw e;
            }
        }, a);
    }

    private static String operands(NDArray[] arrays) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < arrays.length; i++) {
            s.add(ShapeErrors.operand("arrays[" + i + "]", arrays[i]));
        }
        return String.join(", ", s);
    }
}
