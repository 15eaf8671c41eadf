package org.sciaccel.numpy;

import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.spi.ShapeOps.IndexMode;

/**
 * Writing in place: {@code a[key] = value} through a basic index (one strided scatter or fill), a
 * boolean mask or an integer array (row scatter), and put, putmask, place and copyto. Everything
 * that can be refused (shapes, bounds, dtypes, value counts) is checked before the first element is
 * written, so a refused assignment leaves the target as it was. Values are converted to the
 * target's dtype as NumPy's assignment converts them ({@code unsafe} casting), except complex
 * values into a real array, which NumPy truncates with a ComplexWarning and sciaccel refuses.
 */
final class Assigning {
    static final String SETITEM = "numpy.ndarray.__setitem__";

    private Assigning() {
    }

    /** {@code a[index] = value} for an array value (broadcast to the window). */
    static void setItem(NDArray a, Index index, NDArray value) {
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("value", value);
        StridedView to = index.resolve(a.shape(), SETITEM, operands);
        StridedView from = broadcastValue(value.shape(), to.shape());
        if (from == null) {
            throw ShapeErrors.value(SETITEM, "could not broadcast input array from shape " + ShapeErrors.compact(value.shape())
                    + " into shape " + ShapeErrors.compact(to.shape()), operands);
        }
        requireConvertible(SETITEM, value.dtype(), a.dtype(), operands);
        inPlace(SETITEM, (b, in) -> {
            try (NDArray v = converted(in[1], in[0])) {
                Copies.copyInto(b, v, from, in[0], to);
            }
            return null;
        }, a, value);
    }

    /** {@code a[index] = value} for a scalar (Boolean, integer or floating-point, as a Python scalar). */
    static void setItem(NDArray a, Index index, Object value) {
        String operands = ShapeErrors.operand("a", a);
        StridedView to = index.resolve(a.shape(), SETITEM, operands);
        long[] bits = ScalarBits.ofPython(value, a.dtype(), SETITEM, operands);
        inPlace(SETITEM, (b, in) -> {
            Copies.fill(b, in[0], to, bits);
            return null;
        }, a);
    }

    /** {@code a[key] = value}, key a boolean mask or integer indices along axis 0; value an array or a scalar. */
    static void setItem(NDArray a, NDArray key, Object value) {
        NDArray valueArray = value instanceof NDArray v ? v : null;
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("key", key)
                + (valueArray != null ? ", " + ShapeErrors.operand("value", valueArray) : "");
        long[] bits = valueArray == null ? ScalarBits.ofPython(value, a.dtype(), SETITEM, operands) : null;
        if (valueArray != null) {
            requireConvertible(SETITEM, valueArray.dtype(), a.dtype(), operands);
        }
        if (key.dtype() == DType.BOOL) {
            int[] rest = Indexing.checkMask(SETITEM, a, key, operands);
            inPlace(SETITEM, (b, in) -> {
                try (NDArray rows = b.shape().flatnonzero(in[1])) {
                    scatter(b, in[0], key.size(), rest, rows, rows.shape(), valueArray == null ? null : in[2], bits,
                            true, operands);
                }
                return null;
            }, a, key, valueArray);
            return;
        }
        Indexing.requireIndexDType(SETITEM, key, operands);
        if (a.ndim() == 0) {
            throw ShapeErrors.index(SETITEM, "too many indices for array: array is 0-dimensional, but 1 were indexed",
                    operands);
        }
        int[] s = a.shape();
        int[] rest = Arrays.copyOfRange(s, 1, s.length);
        inPlace(SETITEM, (b, in) -> {
            try (NDArray idx = Indexing.int64(in[1]);
                    NDArray rows = Indexing.normalized(b, SETITEM, idx, 0, s[0], IndexMode.RAISE, operands)) {
                scatter(b, in[0], s[0], rest, rows, key.shape(), valueArray == null ? null : in[2], bits, false, operands);
            }
            return null;
        }, a, key, valueArray);
    }

    /**
     * {@code target} seen as (n, rest) gets, at rows {@code rows} (int64 in [0, n), of shape
     * {@code rowShape}), the value broadcast to the indexing result {@code rowShape + rest}: checked
     * first, then one row scatter.
     */
    private static void scatter(Backend b, NDArray target, int n, int[] rest, NDArray rows, int[] rowShape,
            NDArray value, long[] bits, boolean mask, String operands) {
        int inner = Shapes.size(rest);
        int m = rows.size();
        int[] result = concat(rowShape, rest);
        if (value == null) {
            try (NDArray one = Copies.full(b, target.dtype(), new int[] {inner}, bits)) {
                b.shape().scatterRows(target, n, inner, rows, m, one, 1, false);
            }
            return;
        }
        int[] vs = stripLeadingOnes(value.shape(), result.length);
        StridedView full = Copies.broadcast(StridedView.contiguous(vs), result);
        if (full == null) {
            if (mask && rest.length == 0 && vs.length == 1) {
                throw ShapeErrors.value(SETITEM, "NumPy boolean array indexing assignment cannot assign " + vs[0]
                        + " input values to the " + m + " output values where the mask is true", operands);
            }
            throw ShapeErrors.value(SETITEM, "shape mismatch: value array of shape " + ShapeErrors.compact(value.shape())
                    + " could not be broadcast to indexing result of shape " + ShapeErrors.compact(result), operands);
        }
        if (m == 0) {
            return;
        }
        // One value row for every index when the value does not vary along the index axes, else one per index.
        boolean perRow = false;
        long[] st = full.strides();
        for (int d = 0; d < rowShape.length; d++) {
            perRow |= st[d] != 0 && result[d] > 1;
        }
        StridedView rowsView = perRow ? full
                : new StridedView(rest, full.offset(), Arrays.copyOfRange(st, rowShape.length, st.length));
        try (NDArray v = converted(value, target); NDArray values = contiguous(b, v, rowsView)) {
            b.shape().scatterRows(target, n, inner, rows, m, values, perRow ? m : 1, false);
        }
    }

    static void put(NDArray a, NDArray ind, NDArray v, String mode) {
        String op = "numpy.put";
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("ind", ind) + ", "
                + ShapeErrors.operand("v", v);
        IndexMode m = Indexing.indexMode(op, mode, operands);
        Indexing.requireSafeIndexCast(op, ind, operands);
        requireConvertible(op, v.dtype(), a.dtype(), operands);
        if (v.size() == 0 || ind.size() == 0) {
            return;  // NumPy puts nothing (and checks nothing) when there are no values
        }
        inPlace(op, (b, in) -> {
            try (NDArray flat = in[0].viewAs(a.size()); NDArray idx = Indexing.int64(in[1]);
                    NDArray rows = a.size() == 0 && m != IndexMode.RAISE ? null
                            : Indexing.normalized(b, op, idx, 0, a.size(), m, operands);
                    NDArray values = flatValues(b, in[2], a)) {
                if (rows == null) {
                    throw ShapeErrors.index(op, "cannot replace elements of an empty array", operands);
                }
                b.shape().scatterRows(flat, a.size(), 1, rows, rows.size(), values, values.size(), false);
            }
            return null;
        }, a, ind, v);
    }

    static void putmask(NDArray a, NDArray mask, NDArray values) {
        String op = "numpy.putmask";
        String operands = ShapeErrors.operand("a", a) + ", " + ShapeErrors.operand("mask", mask) + ", "
                + ShapeErrors.operand("values", values);
        if (mask.size() != a.size()) {
            throw ShapeErrors.value(op, "putmask: mask and data must be the same size", operands);
        }
        requireSafeCast(op, values.dtype(), a.dtype(), operands);
        if (values.size() == 0) {
            return;
        }
        maskedCyclic(op, a, mask, values, true, operands);
    }

    static void place(NDArray arr, NDArray mask, NDArray vals) {
        String op = "numpy.place";
        String operands = ShapeErrors.operand("arr", arr) + ", " + ShapeErrors.operand("mask", mask) + ", "
                + ShapeErrors.operand("vals", vals);
        if (mask.size() != arr.size()) {
            throw ShapeErrors.value(op, "place: mask and data must be the same size", operands);
        }
        requireSafeCast(op, vals.dtype(), arr.dtype(), operands);
        maskedCyclic(op, arr, mask, vals, false, operands);
    }

    /**
     * putmask (value cycled by the element's position) and place (by its rank among the true
     * elements): the mask's nonzero positions, then one row scatter into the flattened target.
     */
    private static void maskedCyclic(String op, NDArray a, NDArray mask, NDArray values, boolean byPosition,
            String operands) {
        inPlace(op, (b, in) -> {
            try (NDArray rows = b.shape().flatnonzero(in[1])) {
                if (rows.size() == 0) {
                    return null;
                }
                if (in[2].size() == 0) {
                    throw ShapeErrors.value(op, "Cannot insert from an empty array!", operands);
                }
                try (NDArray flat = in[0].viewAs(a.size()); NDArray v = flatValues(b, in[2], a)) {
                    b.shape().scatterRows(flat, a.size(), 1, rows, rows.size(), v, v.size(), byPosition);
                }
            }
            return null;
        }, a, mask, values);
    }

    static void copyto(NDArray dst, NDArray src, String casting, NDArray where) {
        String op = "numpy.copyto";
        String operands = ShapeErrors.operand("dst", dst) + ", " + ShapeErrors.operand("src", src)
                + (where != null ? ", " + ShapeErrors.operand("where", where) : "");
        if (!canCast(src.dtype(), dst.dtype(), casting, op, operands)) {
            throw ShapeErrors.type(op, "Cannot cast array data from dtype('" + src.dtype() + "') to dtype('" + dst.dtype()
                    + "') according to the rule '" + casting + "'", operands);
        }
        requireConvertible(op, src.dtype(), dst.dtype(), operands);
        StridedView from = broadcastValue(src.shape(), dst.shape());
        if (from == null) {
            throw ShapeErrors.value(op, "could not broadcast input array from shape " + ShapeErrors.compact(src.shape())
                    + " into shape " + ShapeErrors.compact(dst.shape()), operands);
        }
        if (where == null) {
            inPlace(op, (b, in) -> {
                try (NDArray v = converted(in[1], in[0])) {
                    Copies.copyInto(b, v, from, in[0], StridedView.contiguous(dst.shape()));
                }
                return null;
            }, dst, src);
            return;
        }
        if (where.dtype() != DType.BOOL) {
            throw ShapeErrors.type(op, "Cannot cast array data from dtype('" + where.dtype()
                    + "') to dtype('bool') according to the rule 'safe'", operands);
        }
        StridedView mask = broadcastValue(where.shape(), dst.shape());
        if (mask == null) {
            throw ShapeErrors.value(op, "could not broadcast where mask from shape " + ShapeErrors.compact(where.shape())
                    + " into shape " + ShapeErrors.compact(dst.shape()), operands);
        }
        int n = dst.size();
        inPlace(op, (b, in) -> {
            try (NDArray m = contiguous(b, in[2], mask); NDArray rows = b.shape().flatnonzero(m)) {
                if (rows.size() == 0) {
                    return null;
                }
                try (NDArray v = converted(in[1], in[0]); NDArray values = contiguous(b, v, from);
                        NDArray flat = in[0].viewAs(n)) {
                    b.shape().scatterRows(flat, n, 1, rows, rows.size(), values, n, true);
                }
            }
            return null;
        }, dst, src, where);
    }

    /** NumPy's {@code can_cast(from, to, casting)} for the five casting rules. */
    static boolean canCast(DType from, DType to, String casting, String op, String operands) {
        switch (casting == null ? "same_kind" : casting) {
            case "no": case "equiv": return from == to;
            case "safe": return Casting.promoteTypes(from, to) == to;
            case "same_kind": return Casting.promoteTypes(from, to) == to || kindOrder(from) <= kindOrder(to);
            case "unsafe": return true;
            default: throw ShapeErrors.value(op, "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
                    + " (got '" + casting + "')", operands);
        }
    }

    /** putmask's and place's rule for their values: NumPy casts them to the array's dtype only safely. */
    private static void requireSafeCast(String op, DType from, DType to, String operands) {
        if (Casting.promoteTypes(from, to) != to) {
            throw ShapeErrors.type(op, "Cannot cast array data from dtype('" + from + "') to dtype('" + to
                    + "') according to the rule 'safe'", operands);
        }
    }

    /** NumPy's kinds in the order same_kind casting may go: bool, unsigned, signed, float, complex. */
    private static int kindOrder(DType t) {
        switch (t.kind()) {
            case BOOL: return 0;
            case UNSIGNED: return 1;
            case SIGNED: return 2;
            case FLOAT: return 3;
            default: return 4;
        }
    }

    /** Complex values into a real array: NumPy drops the imaginary part with a ComplexWarning; refused here. */
    static void requireConvertible(String op, DType from, DType to, String operands) {
        if (from.isComplex() && !to.isComplex()) {
            throw new IllegalArgumentException(op + ": cannot assign complex values to a " + to + " array (NumPy"
                    + " discards the imaginary part with a ComplexWarning; take the real part first) (" + operands + ")");
        }
    }

    /**
     * An assignment runs on the target's own backend: a fallback could only write into a copy.
     * The op's body gets the inputs as they live there.
     */
    static void inPlace(String op, OpRouter.Body<Void> body, NDArray... inputs) {
        Backend home = OpRouter.commonBackend(op, inputs);
        if (!home.implementedOps().contains(op)) {
            throw new UnsupportedOperationException(op + " writes in place and backend " + home.name() + " ("
                    + home.device() + ") does not implement it; copy the array to a backend that does");
        }
        OpRouter.value(op, body, inputs);
    }

    /**
     * The value ready to be written into {@code target}: in its dtype, and never the target's own
     * storage (NumPy copies an overlapping value first, so {@code a[1:] = a[:-1]} reads the old values).
     * Always a new array or view for the caller to close.
     */
    static NDArray converted(NDArray value, NDArray target) {
        if (value.dtype() != target.dtype()) {
            return value.astype(target.dtype());
        }
        if (value.sharesStorageWith(target)) {
            return Copies.copy(value.backend(), value);
        }
        return value.viewAs(value.shape());
    }

    /** {@code value} in {@code target}'s dtype, flattened (put's and place's cycled values). */
    private static NDArray flatValues(Backend b, NDArray value, NDArray target) {
        try (NDArray v = converted(value, target)) {
            return v.viewAs(v.size());
        }
    }

    /** The window {@code view} of {@code a} as a contiguous array: a view when it already is one, else a gather. */
    static NDArray contiguous(Backend b, NDArray a, StridedView view) {
        if (view.offset() == 0 && Arrays.equals(view.strides(), StridedView.rowMajorStrides(view.shape()))
                && view.size() == a.size()) {
            return a.viewAs(view.shape());
        }
        return Copies.gather(b, a, view);
    }

    /**
     * A value of shape {@code vs} broadcast to {@code target}, NumPy's assignment rule: leading
     * length-1 axes beyond the target's dimensions are dropped first. Null when it does not broadcast.
     */
    static StridedView broadcastValue(int[] vs, int[] target) {
        return Copies.broadcast(StridedView.contiguous(stripLeadingOnes(vs, target.length)), target);
    }

    private static int[] stripLeadingOnes(int[] shape, int ndim) {
        int drop = 0;
        while (shape.length - drop > ndim && shape[drop] == 1) {
            drop++;
        }
        return Arrays.copyOfRange(shape, drop, shape.length);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
