package org.sciaccel.numpy;

import org.sciaccel.NDArray;

/**
 * NumPy's shape manipulation and indexing: reshape, transpose, slicing, take, boolean masks,
 * assignment, concatenate, stack, split, flip, roll, pad, tile, repeat, nonzero. Part of
 * {@link Numpy}: users call these as {@code Numpy.name(...)}; the facade is split into one class
 * per op family so each family's methods live in a file of their own.
 *
 * <p><b>Copies and views.</b> sciaccel's arrays are contiguous. {@link #reshape}, {@link #ravel},
 * {@link #squeeze} and {@link #expandDims} return views: new arrays over the same storage, no
 * element copied; a write through one ({@link #setItem}, {@link #put}, ...) is seen by the others,
 * as in NumPy, and the storage is freed when the last of them is closed. Every other function
 * returns a new array (a copy), including those for which NumPy returns a view (transpose, a
 * slice, broadcast_to, split's parts); each javadoc says which. Assignments ({@link #setItem},
 * {@link #put}, {@link #putmask}, {@link #place}, {@link #copyto}) write into their target in place
 * and check everything first, so a refused assignment writes nothing.
 *
 * <p><b>Errors</b> carry NumPy's message (an {@code IndexError} or {@code AxisError} as a
 * {@link org.sciaccel.SciPyArgumentException} naming it) followed by the op and its operands'
 * dtypes and shapes: {@code cannot reshape array of size 6 into shape (4,) (numpy.reshape, a:
 * float64 (2, 3))}. Every dtype is taken, values unchanged.
 */
class NumpyShapes extends NumpyReductions {
    NumpyShapes() {
    }

    // ---- views: no copy ----

    /**
     * NumPy's {@code np.reshape(a, newshape)} (order 'C'): a view of {@code a} with another shape of
     * the same size; one extent may be negative (NumPy's -1), inferred. <b>No copy.</b>
     */
    public static NDArray reshape(NDArray a, int... newshape) {
        ShapeErrors.requireArguments("numpy.reshape", "a", a, "newshape", newshape);
        return Rearranging.reshape(a, newshape);
    }

    /** NumPy's {@code np.ravel(a)}: a 1-D view of {@code a}. <b>No copy</b> (sciaccel's arrays are contiguous). */
    public static NDArray ravel(NDArray a) {
        ShapeErrors.requireArguments("numpy.ravel", "a", a);
        return Rearranging.ravel(a);
    }

    /** NumPy's {@code np.squeeze(a)}: a view without the length-1 axes. <b>No copy.</b> */
    public static NDArray squeeze(NDArray a) {
        ShapeErrors.requireArguments("numpy.squeeze", "a", a);
        return Rearranging.squeeze(a, null);
    }

    /** NumPy's {@code np.squeeze(a, axis)}: a view without the given length-1 axes. <b>No copy.</b> */
    public static NDArray squeeze(NDArray a, int... axis) {
        ShapeErrors.requireArguments("numpy.squeeze", "a", a, "axis", axis);
        return Rearranging.squeeze(a, axis);
    }

    /**
     * NumPy's {@code np.expand_dims(a, axis)}: a view with length-1 axes inserted at {@code axis}
     * (positions in the result). <b>No copy.</b>
     */
    public static NDArray expandDims(NDArray a, int... axis) {
        ShapeErrors.requireArguments("numpy.expand_dims", "a", a, "axis", axis);
        return Rearranging.expandDims(a, axis);
    }

    // ---- rearranging: copies ----

    /** NumPy's {@code np.transpose(a)}: the axes reversed. <b>A copy</b> (NumPy returns a view). */
    public static NDArray transpose(NDArray a) {
        ShapeErrors.requireArguments("numpy.transpose", "a", a);
        return Rearranging.transpose(a, null);
    }

    /** NumPy's {@code np.transpose(a, axes)}: axis {@code d} of the result is axis {@code axes[d]} of {@code a}. <b>A copy.</b> */
    public static NDArray transpose(NDArray a, int... axes) {
        ShapeErrors.requireArguments("numpy.transpose", "a", a, "axes", axes);
        return Rearranging.transpose(a, axes);
    }

    /** NumPy's {@code np.swapaxes(a, axis1, axis2)}. <b>A copy</b> (NumPy returns a view). */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        ShapeErrors.requireArguments("numpy.swapaxes", "a", a);
        return Rearranging.swapaxes(a, axis1, axis2);
    }

    /** NumPy's {@code np.moveaxis(a, source, destination)}. <b>A copy</b> (NumPy returns a view). */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        ShapeErrors.requireArguments("numpy.moveaxis", "a", a, "source", source, "destination", destination);
        return Rearranging.moveaxis(a, source, destination);
    }

    /** NumPy's {@code np.moveaxis(a, source, destination)} for one axis. <b>A copy.</b> */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        ShapeErrors.requireArguments("numpy.moveaxis", "a", a);
        return Rearranging.moveaxis(a, new int[] {source}, new int[] {destination});
    }

    /**
     * NumPy's {@code np.broadcast_to(array, shape)}. <b>A copy</b> holding every repeated element
     * (NumPy returns a read-only view with zero strides).
     */
    public static NDArray broadcastTo(NDArray array, int... shape) {
        ShapeErrors.requireArguments("numpy.broadcast_to", "array", array, "shape", shape);
        return Rearranging.broadcastTo(array, shape);
    }

    /** NumPy's {@code np.flip(m)}: every axis reversed. <b>A copy</b> (NumPy returns a view). */
    public static NDArray flip(NDArray m) {
        ShapeErrors.requireArguments("numpy.flip", "m", m);
        return Rearranging.flip(m, null);
    }

    /** NumPy's {@code np.flip(m, axis)}. <b>A copy.</b> */
    public static NDArray flip(NDArray m, int... axis) {
        ShapeErrors.requireArguments("numpy.flip", "m", m, "axis", axis);
        return Rearranging.flip(m, axis);
    }

    /** NumPy's {@code np.roll(a, shift)}: the flattened array rolled, then reshaped. <b>A copy.</b> */
    public static NDArray roll(NDArray a, int shift) {
        ShapeErrors.requireArguments("numpy.roll", "a", a);
        return Rearranging.roll(a, new int[] {shift}, null);
    }

    /** NumPy's {@code np.roll(a, shift, axis)} for one axis. <b>A copy.</b> */
    public static NDArray roll(NDArray a, int shift, int axis) {
        ShapeErrors.requireArguments("numpy.roll", "a", a);
        return Rearranging.roll(a, new int[] {shift}, new int[] {axis});
    }

    /**
     * NumPy's {@code np.roll(a, shift, axis)} with tuples: {@code shift} and {@code axis} broadcast
     * against each other, the shifts of a repeated axis added; {@code axis} null rolls the flattened
     * array. <b>A copy.</b>
     */
    public static NDArray roll(NDArray a, int[] shift, int[] axis) {
        ShapeErrors.requireArguments("numpy.roll", "a", a, "shift", shift);
        return Rearranging.roll(a, shift, axis);
    }

    /** NumPy's {@code np.tile(A, reps)}. <b>A copy.</b> */
    public static NDArray tile(NDArray a, int... reps) {
        ShapeErrors.requireArguments("numpy.tile", "a", a, "reps", reps);
        return Rearranging.tile(a, reps);
    }

    /** NumPy's {@code np.repeat(a, repeats)}: every element of the flattened array repeated. <b>A copy.</b> */
    public static NDArray repeat(NDArray a, int repeats) {
        ShapeErrors.requireArguments("numpy.repeat", "a", a);
        return Rearranging.repeat(a, repeats, null);
    }

    /** NumPy's {@code np.repeat(a, repeats, axis)}. <b>A copy.</b> */
    public static NDArray repeat(NDArray a, int repeats, int axis) {
        ShapeErrors.requireArguments("numpy.repeat", "a", a);
        return Rearranging.repeat(a, repeats, axis);
    }

    /**
     * NumPy's {@code np.repeat(a, repeats, axis)} with a count per element along {@code axis}
     * ({@code axis} null: of the flattened array). The counts are host values; the index they make
     * is uploaded once ({@code 8} bytes per output row). <b>A copy.</b>
     */
    public static NDArray repeat(NDArray a, int[] repeats, Integer axis) {
        ShapeErrors.requireArguments("numpy.repeat", "a", a, "repeats", repeats);
        return Rearranging.repeat(a, repeats, axis);
    }

    /** NumPy's {@code np.copy(a)} (and {@code a.flatten()} once reshaped). <b>A copy.</b> */
    public static NDArray copy(NDArray a) {
        ShapeErrors.requireArguments("numpy.copy", "a", a);
        return Rearranging.copy(a);
    }

    // ---- joining and splitting ----

    /**
     * NumPy's {@code np.concatenate(arrays, axis)}; {@code axis} null concatenates the flattened
     * arrays. The result's dtype is NumPy's promotion of the inputs'. <b>A copy.</b>
     */
    public static NDArray concatenate(NDArray[] arrays, Integer axis) {
        ShapeErrors.requireArguments("numpy.concatenate", "arrays", arrays);
        return Joining.concatenate(arrays, axis);
    }

    /** NumPy's {@code np.concatenate(arrays)} along axis 0. <b>A copy.</b> */
    public static NDArray concatenate(NDArray... arrays) {
        ShapeErrors.requireArguments("numpy.concatenate", "arrays", arrays);
        return Joining.concatenate(arrays, 0);
    }

    /** NumPy's {@code np.stack(arrays, axis)}: along a new axis. <b>A copy.</b> */
    public static NDArray stack(NDArray[] arrays, int axis) {
        ShapeErrors.requireArguments("numpy.stack", "arrays", arrays);
        return Joining.stack(arrays, axis);
    }

    /** NumPy's {@code np.stack(arrays)} along a new first axis. <b>A copy.</b> */
    public static NDArray stack(NDArray... arrays) {
        ShapeErrors.requireArguments("numpy.stack", "arrays", arrays);
        return Joining.stack(arrays, 0);
    }

    /** NumPy's {@code np.split(ary, sections, axis)}: equal parts. <b>Copies</b> (NumPy returns views). */
    public static NDArray[] split(NDArray ary, int sections, int axis) {
        ShapeErrors.requireArguments("numpy.split", "ary", ary);
        return Joining.split(ary, sections, axis, false);
    }

    /** NumPy's {@code np.split(ary, indices, axis)}: the parts between the indices. <b>Copies.</b> */
    public static NDArray[] split(NDArray ary, int[] indices, int axis) {
        ShapeErrors.requireArguments("numpy.split", "ary", ary, "indices", indices);
        return Joining.split(ary, indices, axis, false);
    }

    /** NumPy's {@code np.array_split(ary, sections, axis)}: the first {@code n % sections} parts one longer. <b>Copies.</b> */
    public static NDArray[] arraySplit(NDArray ary, int sections, int axis) {
        ShapeErrors.requireArguments("numpy.array_split", "ary", ary);
        return Joining.split(ary, sections, axis, true);
    }

    /** NumPy's {@code np.array_split(ary, indices, axis)}. <b>Copies.</b> */
    public static NDArray[] arraySplit(NDArray ary, int[] indices, int axis) {
        ShapeErrors.requireArguments("numpy.array_split", "ary", ary, "indices", indices);
        return Joining.split(ary, indices, axis, true);
    }

    // ---- padding ----

    /** NumPy's {@code np.pad(array, pad_width)}: zeros around. <b>A copy.</b> */
    public static NDArray pad(NDArray array, int padWidth) {
        ShapeErrors.requireArguments("numpy.pad", "array", array);
        return Padding.pad(array, new int[][] {{padWidth}}, "constant", null);
    }

    /**
     * NumPy's {@code np.pad(array, pad_width, mode)} for the modes constant (zeros), edge, reflect,
     * symmetric and wrap (reflect_type even). {@code padWidth} is NumPy's pad_width: one row for
     * every axis or a row per axis, each row {@code {both}} or {@code {before, after}}. NumPy's other
     * modes (linear_ramp, maximum, mean, median, minimum, empty) are refused. <b>A copy.</b>
     */
    public static NDArray pad(NDArray array, int[][] padWidth, String mode) {
        ShapeErrors.requireArguments("numpy.pad", "array", array, "pad_width", padWidth);
        return Padding.pad(array, padWidth, mode, null);
    }

    /**
     * NumPy's {@code np.pad(array, pad_width, 'constant', constant_values=...)}: rows as pad_width's,
     * the values converted to the array's dtype as NumPy converts them (integers keep their low
     * bits, floats are cast). <b>A copy.</b>
     */
    public static NDArray pad(NDArray array, int[][] padWidth, double[][] constantValues) {
        ShapeErrors.requireArguments("numpy.pad", "array", array, "pad_width", padWidth, "constant_values", constantValues);
        return Padding.pad(array, padWidth, "constant", constantValues);
    }

    /**
     * NumPy's {@code np.pad(array, pad_width, mode, constant_values=...)}: {@code constantValues}
     * null for NumPy's default (zeros; and the only choice for modes other than constant, which
     * NumPy refuses constant_values for). <b>A copy.</b>
     */
    public static NDArray pad(NDArray array, int[][] padWidth, String mode, double[][] constantValues) {
        ShapeErrors.requireArguments("numpy.pad", "array", array, "pad_width", padWidth);
        return Padding.pad(array, padWidth, mode, constantValues);
    }

    // ---- indexing ----

    /**
     * NumPy's {@code a[index]} for a basic index (integers, slices with steps, newaxis, ellipsis;
     * see {@link Index}). <b>A copy</b> (NumPy returns a view); an index of integers only gives a
     * 0-d array (NumPy a scalar).
     */
    public static NDArray getItem(NDArray a, Index index) {
        ShapeErrors.requireArguments("numpy.ndarray.__getitem__", "a", a, "index", index);
        return Indexing.getItem(a, index);
    }

    /** {@link #getItem(NDArray, Index)} with the index in NumPy's syntax, e.g. {@code "1:5, ::-2, ..."}. */
    public static NDArray getItem(NDArray a, String index) {
        ShapeErrors.requireArguments("numpy.ndarray.__getitem__", "a", a, "index", index);
        return Indexing.getItem(a, Index.parse(index));
    }

    /**
     * NumPy's {@code a[key]} for an array key: a bool mask (its shape equal to {@code a}'s leading
     * axes; the result is 1 + the remaining axes long, the selected elements in row-major order),
     * or integer indices along axis 0 (negative count from the end). <b>A copy.</b>
     */
    public static NDArray getItem(NDArray a, NDArray key) {
        ShapeErrors.requireArguments("numpy.ndarray.__getitem__", "a", a, "key", key);
        return Indexing.getItem(a, key);
    }

    /**
     * NumPy's {@code a[index] = value}, in place: {@code value} broadcast to the indexed window
     * (after dropping its leading length-1 axes) and converted to {@code a}'s dtype.
     */
    public static void setItem(NDArray a, Index index, NDArray value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "index", index, "value", value);
        Assigning.setItem(a, index, value);
    }

    /**
     * NumPy's {@code a[index] = value} for a scalar, in place: a {@link Boolean}, an integer
     * ({@code Integer}, {@code Long}: Python's int, which keeps its low bits) or a {@code Double}
     * (Python's float: truncated into an integer array; NaN, infinity or a value beyond 64 bits are
     * refused there, as NumPy refuses them).
     */
    public static void setItem(NDArray a, Index index, Number value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "index", index, "value", value);
        Assigning.setItem(a, index, (Object) value);
    }

    /** {@link #setItem(NDArray, Index, NDArray)} with the index in NumPy's syntax. */
    public static void setItem(NDArray a, String index, NDArray value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "index", index, "value", value);
        Assigning.setItem(a, Index.parse(index), value);
    }

    /** {@link #setItem(NDArray, Index, Number)} with the index in NumPy's syntax. */
    public static void setItem(NDArray a, String index, Number value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "index", index, "value", value);
        Assigning.setItem(a, Index.parse(index), (Object) value);
    }

    /** A bool value assigned as a scalar (NumPy's {@code a[index] = True}). */
    public static void setItem(NDArray a, String index, boolean value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "index", index);
        Assigning.setItem(a, Index.parse(index), (Object) value);
    }

    /**
     * NumPy's {@code a[key] = value}, in place, for a bool mask or integer indices along axis 0;
     * {@code value} broadcast to {@code a[key]}'s shape. Where an index repeats, the last value
     * wins, as in NumPy.
     */
    public static void setItem(NDArray a, NDArray key, NDArray value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "key", key, "value", value);
        Assigning.setItem(a, key, value);
    }

    /** NumPy's {@code a[key] = value} for a scalar value (as {@link #setItem(NDArray, Index, Number)} converts it). */
    public static void setItem(NDArray a, NDArray key, Number value) {
        ShapeErrors.requireArguments("numpy.ndarray.__setitem__", "a", a, "key", key, "value", value);
        Assigning.setItem(a, key, value);
    }

    /**
     * NumPy's {@code np.take(a, indices, axis, mode)}: mode raise (an index outside {@code [-n, n)}
     * is an IndexError), wrap or clip (which, as NumPy's, clips negative indices to 0); {@code axis}
     * null takes from the flattened array. Indices of any integer dtype but uint64 (NumPy's safe
     * cast to int64). In raise mode the indices are checked on the backend and the result of the
     * check (4 bytes on a device) read on the host, so that a bad index is refused before anything
     * is written; the indices themselves stay on the backend. <b>A copy.</b>
     */
    public static NDArray take(NDArray a, NDArray indices, Integer axis, String mode) {
        ShapeErrors.requireArguments("numpy.take", "a", a, "indices", indices);
        return Indexing.take(a, indices, axis, mode);
    }

    /** NumPy's {@code np.take(a, indices, axis)}, mode raise. <b>A copy.</b> */
    public static NDArray take(NDArray a, NDArray indices, Integer axis) {
        ShapeErrors.requireArguments("numpy.take", "a", a, "indices", indices);
        return Indexing.take(a, indices, axis, "raise");
    }

    /**
     * NumPy's {@code np.take_along_axis(arr, indices, axis)}: {@code indices} and {@code arr} broadcast
     * against each other except along {@code axis}; {@code axis} null takes from the flattened array
     * with 1-D indices. <b>A copy.</b>
     */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, Integer axis) {
        ShapeErrors.requireArguments("numpy.take_along_axis", "arr", arr, "indices", indices);
        return Indexing.takeAlongAxis(arr, indices, axis);
    }

    /**
     * NumPy's {@code np.put(a, ind, v, mode)}, in place: {@code a.flat[ind[k]] = v.flat[k % v.size]}
     * (the last one wins where an index repeats); nothing happens when {@code v} is empty.
     */
    public static void put(NDArray a, NDArray ind, NDArray v, String mode) {
        ShapeErrors.requireArguments("numpy.put", "a", a, "ind", ind, "v", v);
        Assigning.put(a, ind, v, mode);
    }

    /** NumPy's {@code np.put(a, ind, v)}, mode raise, in place. */
    public static void put(NDArray a, NDArray ind, NDArray v) {
        ShapeErrors.requireArguments("numpy.put", "a", a, "ind", ind, "v", v);
        Assigning.put(a, ind, v, "raise");
    }

    /**
     * NumPy's {@code np.putmask(a, mask, values)}, in place: where the mask (of {@code a}'s size)
     * is nonzero, {@code a.flat[i] = values.flat[i % values.size]}.
     */
    public static void putmask(NDArray a, NDArray mask, NDArray values) {
        ShapeErrors.requireArguments("numpy.putmask", "a", a, "mask", mask, "values", values);
        Assigning.putmask(a, mask, values);
    }

    /**
     * NumPy's {@code np.place(arr, mask, vals)}, in place: the {@code k}-th element where the mask
     * (of {@code arr}'s size) is nonzero gets {@code vals.flat[k % vals.size]}.
     */
    public static void place(NDArray arr, NDArray mask, NDArray vals) {
        ShapeErrors.requireArguments("numpy.place", "arr", arr, "mask", mask, "vals", vals);
        Assigning.place(arr, mask, vals);
    }

    /**
     * NumPy's {@code np.copyto(dst, src, casting, where)}, in place: {@code src} broadcast to
     * {@code dst}'s shape, allowed by the casting rule ({@code no}, {@code equiv}, {@code safe},
     * {@code same_kind}, {@code unsafe}), written where {@code where} (a bool array broadcast to
     * {@code dst}, null for everywhere) is true.
     */
    public static void copyto(NDArray dst, NDArray src, String casting, NDArray where) {
        ShapeErrors.requireArguments("numpy.copyto", "dst", dst, "src", src);
        Assigning.copyto(dst, src, casting, where);
    }

    /** NumPy's {@code np.copyto(dst, src)} (casting same_kind), in place. */
    public static void copyto(NDArray dst, NDArray src) {
        ShapeErrors.requireArguments("numpy.copyto", "dst", dst, "src", src);
        Assigning.copyto(dst, src, "same_kind", null);
    }

    // ---- nonzero ----

    /**
     * NumPy's {@code np.nonzero(a)}: per axis, the int64 coordinates of the nonzero elements in
     * row-major order (a 0-d input is read as 1-D, as NumPy 1.24 does). The compaction runs on the
     * backend; only the count is read on the host. <b>New arrays.</b>
     */
    public static NDArray[] nonzero(NDArray a) {
        ShapeErrors.requireArguments("numpy.nonzero", "a", a);
        return Indexing.nonzero(a);
    }

    /** NumPy's {@code np.argwhere(a)}: an int64 array (count, ndim) of the nonzero coordinates. <b>A new array.</b> */
    public static NDArray argwhere(NDArray a) {
        ShapeErrors.requireArguments("numpy.argwhere", "a", a);
        return Indexing.argwhere(a);
    }

    /** NumPy's {@code np.flatnonzero(a)}: the int64 positions of the nonzero elements of the flattened array. */
    public static NDArray flatnonzero(NDArray a) {
        ShapeErrors.requireArguments("numpy.flatnonzero", "a", a);
        return Indexing.flatnonzero(a);
    }
}
