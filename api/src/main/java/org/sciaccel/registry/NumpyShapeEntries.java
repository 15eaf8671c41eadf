package org.sciaccel.registry;

import java.util.function.Function;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Index;
import org.sciaccel.numpy.Numpy;

/**
 * The registry entries of NumPy's shape manipulation and indexing: reshape, transpose, slicing,
 * take, boolean masks, assignment, concatenate, stack, split, flip, roll, pad, tile, repeat,
 * nonzero, under NumPy's qualified names and NumPy 1.24's parameter names.
 *
 * <p>Indexing is {@code numpy.ndarray.__getitem__} and {@code numpy.ndarray.__setitem__} with the
 * key in NumPy's syntax ({@code key=1:5,::-2,...}) or as an array file ({@code key=@mask.npy}).
 * NumPy's in-place functions ({@code __setitem__}, put, putmask, place, copyto) return the array
 * after the assignment here: a command line cannot see an argument change, so the op writes into a
 * copy of its first argument and returns that ({@code Numpy.setItem} and the others write in place).
 */
public final class NumpyShapeEntries implements OpEntries {
    private static final String AXIS_NONE = "axis; none: of the flattened array";

    @Override
    public SpiFamily family() {
        return SpiFamily.SHAPE;
    }

    @Override
    public void register(OpRegistry registry) {
        registerViews(registry);
        registerRearranging(registry);
        registerJoining(registry);
        registerIndexing(registry);
        registerAssignments(registry);
    }

    private static void registerViews(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.reshape")
                .summary("The array with another shape of the same size (one extent may be -1); a view, no copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("newshape", ShapeParamTypes.INT_TUPLE, "the new shape"))
                .param(order())
                .output("result", "a view of a")
                .invoker(a -> {
                    requireOrderC(a);
                    return OpOutputs.result(Numpy.reshape(a.input(0), tuple(a, "newshape")));
                })
                .build());
        registry.add(OpSpec.builder("numpy.ravel")
                .summary("The array flattened to 1-D; a view, no copy.")
                .input("a", "array of any dtype")
                .param(order())
                .output("result", "a 1-D view of a")
                .invoker(a -> {
                    requireOrderC(a);
                    return OpOutputs.result(Numpy.ravel(a.input(0)));
                })
                .build());
        registry.add(OpSpec.builder("numpy.squeeze")
                .summary("The array without its length-1 axes (or the given ones); a view, no copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.optionalNone("axis", ShapeParamTypes.INT_TUPLE, "axes to remove; none: every length-1 axis"))
                .output("result", "a view of a")
                .invoker(a -> OpOutputs.result(a.isNone("axis") ? Numpy.squeeze(a.input(0))
                        : Numpy.squeeze(a.input(0), tuple(a, "axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.expand_dims")
                .summary("The array with length-1 axes inserted at the given positions; a view, no copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("axis", ShapeParamTypes.INT_TUPLE, "positions of the new axes in the result"))
                .output("result", "a view of a")
                .invoker(a -> OpOutputs.result(Numpy.expandDims(a.input(0), tuple(a, "axis"))))
                .build());
    }

    private static void registerRearranging(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.transpose")
                .summary("The axes permuted (reversed by default); a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.optionalNone("axes", ShapeParamTypes.INT_TUPLE, "the permutation; none: reversed"))
                .output("result", "the transposed array")
                .invoker(a -> OpOutputs.result(a.isNone("axes") ? Numpy.transpose(a.input(0))
                        : Numpy.transpose(a.input(0), tuple(a, "axes"))))
                .build());
        registry.add(OpSpec.builder("numpy.swapaxes")
                .summary("Two axes interchanged; a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("axis1", ParamTypes.INT, "first axis"))
                .param(ParamSpec.required("axis2", ParamTypes.INT, "second axis"))
                .output("result", "the array with the axes swapped")
                .invoker(a -> OpOutputs.result(Numpy.swapaxes(a.input(0), a.integer("axis1"), a.integer("axis2"))))
                .build());
        registry.add(OpSpec.builder("numpy.moveaxis")
                .summary("Axes moved to new positions, the others in their order; a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("source", ShapeParamTypes.INT_TUPLE, "original positions of the axes"))
                .param(ParamSpec.required("destination", ShapeParamTypes.INT_TUPLE, "their positions in the result"))
                .output("result", "the array with the axes moved")
                .invoker(a -> OpOutputs.result(Numpy.moveaxis(a.input(0), tuple(a, "source"), tuple(a, "destination"))))
                .build());
        registry.add(OpSpec.builder("numpy.broadcast_to")
                .summary("The array broadcast to a shape; a copy (NumPy returns a read-only view).")
                .input("array", "array of any dtype")
                .param(ParamSpec.required("shape", ShapeParamTypes.INT_TUPLE, "the shape to broadcast to"))
                .output("result", "the broadcast array")
                .invoker(a -> OpOutputs.result(Numpy.broadcastTo(a.input(0), tuple(a, "shape"))))
                .build());
        registry.add(OpSpec.builder("numpy.flip")
                .summary("The order of elements reversed along the given axes (all by default); a copy.")
                .input("m", "array of any dtype")
                .param(ParamSpec.optionalNone("axis", ShapeParamTypes.INT_TUPLE, "axes to flip; none: all"))
                .output("result", "the flipped array")
                .invoker(a -> OpOutputs.result(a.isNone("axis") ? Numpy.flip(a.input(0))
                        : Numpy.flip(a.input(0), tuple(a, "axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.roll")
                .summary("Elements rolled along axes (of the flattened array by default); a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("shift", ShapeParamTypes.INT_TUPLE, "shifts, broadcast against axis"))
                .param(ParamSpec.optionalNone("axis", ShapeParamTypes.INT_TUPLE, "axes; none: the flattened array"))
                .output("result", "the rolled array")
                .invoker(a -> OpOutputs.result(Numpy.roll(a.input(0), tuple(a, "shift"),
                        a.isNone("axis") ? null : tuple(a, "axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.tile")
                .summary("The array repeated reps times along each axis; a copy.")
                .input("A", "array of any dtype")
                .param(ParamSpec.required("reps", ShapeParamTypes.INT_TUPLE, "repetitions per axis"))
                .output("result", "the tiled array")
                .invoker(a -> OpOutputs.result(Numpy.tile(a.input(0), tuple(a, "reps"))))
                .build());
        registry.add(OpSpec.builder("numpy.repeat")
                .summary("Each element repeated (one count, or one per element along the axis); a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("repeats", ShapeParamTypes.INT_TUPLE, "count, or one count per element"))
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, AXIS_NONE))
                .output("result", "the repeated array")
                .invoker(a -> OpOutputs.result(Numpy.repeat(a.input(0), tuple(a, "repeats"),
                        a.isNone("axis") ? null : a.integer("axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.pad")
                .summary("The array padded: constant, edge, reflect, symmetric or wrap; a copy.")
                .input("array", "array of any dtype")
                .param(ParamSpec.required("pad_width", ShapeParamTypes.INT_TUPLE,
                        "n (every side), before,after (every axis) or one before,after pair per axis"))
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "constant", "constant, edge, reflect, symmetric or wrap"))
                .param(ParamSpec.optionalNone("constant_values", ParamTypes.REAL_PER_AXIS,
                        "mode constant: the values, in pad_width's forms; none: 0"))
                .param(ParamSpec.optional("reflect_type", ParamTypes.STRING, "even", "even (only)"))
                .output("result", "the padded array")
                .invoker(a -> {
                    if (!"even".equals(a.text("reflect_type"))) {
                        throw new IllegalArgumentException("reflect_type=" + a.text("reflect_type")
                                + ": only 'even' is implemented in sciaccel (numpy.pad)");
                    }
                    int nd = a.input(0).ndim();
                    double[] cv = a.reals("constant_values");
                    double[][] values = cv == null ? null : pairs(cv, nd);
                    int[][] widths = pairs(tuple(a, "pad_width"), nd);
                    return OpOutputs.result(Numpy.pad(a.input(0), widths, a.text("mode"), values));
                })
                .build());
        registry.add(OpSpec.builder("numpy.copy")
                .summary("A copy of the array.")
                .input("a", "array of any dtype")
                .output("result", "the copy")
                .invoker(a -> OpOutputs.result(Numpy.copy(a.input(0))))
                .build());
    }

    private static void registerJoining(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.concatenate")
                .summary("Arrays joined along an existing axis (flattened when axis is none); a copy.")
                .inputSequence("arrays", "arrays of one number of dimensions, equal but along axis")
                .param(new ParamSpec("axis", ParamTypes.INT, "0", true, "axis to join along; none: flattened"))
                .output("result", "the concatenation, in the inputs' promoted dtype")
                .invoker(a -> OpOutputs.result(Numpy.concatenate(a.inputs().toArray(new NDArray[0]),
                        a.isNone("axis") ? null : a.integer("axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.stack")
                .summary("Arrays of one shape joined along a new axis; a copy.")
                .inputSequence("arrays", "arrays of one shape")
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "position of the new axis in the result"))
                .output("result", "the stacked array")
                .invoker(a -> OpOutputs.result(Numpy.stack(a.inputs().toArray(new NDArray[0]), a.integer("axis"))))
                .build());
        registry.add(split("numpy.split", "Equal parts (sections) or the parts between indices; copies.", false));
        registry.add(split("numpy.array_split", "As split, sections need not divide the axis; copies.", true));
    }

    private static OpSpec split(String name, String summary, boolean arraySplit) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("ary", "array of any dtype")
                .param(ParamSpec.required("indices_or_sections", ShapeParamTypes.SECTIONS,
                        "number of sections, or the split points as a list: [2], [1, 3]"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "axis to split"))
                .outputSequence("result", "the parts, in order")
                .invoker(a -> {
                    Object s = a.object("indices_or_sections", Object.class);
                    NDArray[] parts = s instanceof Integer n
                            ? (arraySplit ? Numpy.arraySplit(a.input(0), n, a.integer("axis"))
                                    : Numpy.split(a.input(0), n, a.integer("axis")))
                            : (arraySplit ? Numpy.arraySplit(a.input(0), (int[]) s, a.integer("axis"))
                                    : Numpy.split(a.input(0), (int[]) s, a.integer("axis")));
                    return sequence(parts);
                })
                .build();
    }

    private static void registerIndexing(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.ndarray.__getitem__")
                .summary("a[key]: basic indexing (ints, slices with steps, None, ...), a bool mask or an index array; a copy.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("key", ShapeParamTypes.KEY,
                        "index in NumPy's syntax (1:5, ::-2, ..., None) or @file.npy (bool mask or integer indices)"))
                .output("result", "the selected elements")
                .invoker(a -> {
                    Object key = a.object("key", Object.class);
                    if (key instanceof Index index) {
                        return OpOutputs.result(Numpy.getItem(a.input(0), index));
                    }
                    try (NDArray k = NDArray.fromHost(a.input(0).backend(), (HostArray) key)) {
                        return OpOutputs.result(Numpy.getItem(a.input(0), k));
                    }
                })
                .build());
        registry.add(OpSpec.builder("numpy.take")
                .summary("Elements at the given indices along an axis (raise, wrap or clip); a copy.")
                .input("a", "array of any dtype")
                .input("indices", "integer indices")
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, AXIS_NONE))
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "raise", "raise, wrap or clip"))
                .output("result", "the taken elements")
                .invoker(a -> OpOutputs.result(Numpy.take(a.input(0), a.input(1), a.isNone("axis") ? null : a.integer("axis"),
                        a.text("mode"))))
                .build());
        registry.add(OpSpec.builder("numpy.take_along_axis")
                .summary("Elements at per-position indices along an axis (indices broadcast with arr); a copy.")
                .input("arr", "array of any dtype")
                .input("indices", "integer indices, as many dimensions as arr")
                .param(new ParamSpec("axis", ParamTypes.INT, null, true, "axis; none: of the flattened array (1-D indices)"))
                .output("result", "the taken elements")
                .invoker(a -> OpOutputs.result(Numpy.takeAlongAxis(a.input(0), a.input(1),
                        a.isNone("axis") ? null : a.integer("axis"))))
                .build());
        registry.add(OpSpec.builder("numpy.nonzero")
                .summary("Per axis, the int64 coordinates of the nonzero elements.")
                .input("a", "array of any dtype")
                .outputSequence("result", "one int64 array per axis")
                .invoker(a -> sequence(Numpy.nonzero(a.input(0))))
                .build());
        registry.add(OpSpec.builder("numpy.argwhere")
                .summary("The int64 coordinates of the nonzero elements, one row each.")
                .input("a", "array of any dtype")
                .output("result", "an int64 array (count, ndim)")
                .invoker(a -> OpOutputs.result(Numpy.argwhere(a.input(0))))
                .build());
        registry.add(OpSpec.builder("numpy.flatnonzero")
                .summary("The int64 positions of the nonzero elements of the flattened array.")
                .input("a", "array of any dtype")
                .output("result", "an int64 1-D array")
                .invoker(a -> OpOutputs.result(Numpy.flatnonzero(a.input(0))))
                .build());
    }

    private static void registerAssignments(OpRegistry registry) {
        registry.add(OpSpec.builder("numpy.ndarray.__setitem__")
                .summary("a[key] = value (a basic index, a bool mask or an index array; value broadcast); returns the array.")
                .input("a", "array of any dtype")
                .param(ParamSpec.required("key", ShapeParamTypes.KEY,
                        "index in NumPy's syntax (1:5, ::-2, ..., None) or @file.npy (bool mask or integer indices)"))
                .param(ParamSpec.required("value", ShapeParamTypes.VALUE, "Python scalar (3, 2.5, True) or @file.npy"))
                .output("result", "a after the assignment (a copy of a, assigned)")
                .invoker(a -> assigned(a.input(0), target -> {
                    Object key = a.object("key", Object.class);
                    Object value = a.object("value", Object.class);
                    try (NDArray k = key instanceof HostArray h ? NDArray.fromHost(target.backend(), h) : null;
                            NDArray v = value instanceof HostArray h ? NDArray.fromHost(target.backend(), h) : null) {
                        setItem(target, key instanceof Index i ? i : null, k, v != null ? v : value);
                    }
                    return null;
                }))
                .build());
        registry.add(OpSpec.builder("numpy.put")
                .summary("a.flat[ind] = v (v cycled; raise, wrap or clip); returns the array.")
                .input("a", "array of any dtype")
                .input("ind", "integer indices into the flattened array")
                .input("v", "values, cycled when fewer than the indices")
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "raise", "raise, wrap or clip"))
                .output("result", "a after the assignment (a copy of a, assigned)")
                .invoker(a -> assigned(a.input(0), t -> {
                    Numpy.put(t, a.input(1), a.input(2), a.text("mode"));
                    return null;
                }))
                .build());
        registry.add(OpSpec.builder("numpy.putmask")
                .summary("a.flat[i] = values.flat[i % len(values)] where mask; returns the array.")
                .input("a", "array of any dtype")
                .input("mask", "mask of a's size")
                .input("values", "values, cycled by position")
                .output("result", "a after the assignment (a copy of a, assigned)")
                .invoker(a -> assigned(a.input(0), t -> {
                    Numpy.putmask(t, a.input(1), a.input(2));
                    return null;
                }))
                .build());
        registry.add(OpSpec.builder("numpy.place")
                .summary("The k-th element where mask gets vals[k % len(vals)]; returns the array.")
                .input("arr", "array of any dtype")
                .input("mask", "mask of arr's size")
                .input("vals", "values, cycled by rank")
                .output("result", "arr after the assignment (a copy of arr, assigned)")
                .invoker(a -> assigned(a.input(0), t -> {
                    Numpy.place(t, a.input(1), a.input(2));
                    return null;
                }))
                .build());
        registry.add(OpSpec.builder("numpy.copyto")
                .summary("dst = src (broadcast, cast by the casting rule) where where is true; returns dst.")
                .input("dst", "array of any dtype")
                .input("src", "values, broadcast to dst")
                .param(ParamSpec.optional("casting", ParamTypes.STRING, "same_kind", "no, equiv, safe, same_kind or unsafe"))
                .param(ParamSpec.optionalNone("where", ShapeParamTypes.ARRAY_FILE,
                        "@file.npy: a bool array broadcast to dst; none: everywhere"))
                .output("result", "dst after the copy (a copy of dst, assigned)")
                .invoker(a -> assigned(a.input(0), t -> {
                    HostArray where = a.object("where", HostArray.class);
                    try (NDArray w = where == null ? null : NDArray.fromHost(t.backend(), where)) {
                        Numpy.copyto(t, a.input(1), a.text("casting"), w);
                    }
                    return null;
                }))
                .build());
    }

    private static void setItem(NDArray target, Index index, NDArray key, Object value) {
        if (index != null) {
            if (value instanceof NDArray v) {
                Numpy.setItem(target, index, v);
            } else if (value instanceof Boolean flag) {
                Numpy.setItem(target, index, flag ? 1L : 0L);  // a Python bool: 1 or 0 in the target's dtype
            } else {
                Numpy.setItem(target, index, (Number) value);
            }
        } else if (value instanceof NDArray v) {
            Numpy.setItem(target, key, v);
        } else if (value instanceof Boolean flag) {
            Numpy.setItem(target, key, flag ? 1L : 0L);  // a Python bool: 1 or 0 in the target's dtype
        } else {
            Numpy.setItem(target, key, (Number) value);
        }
    }

    /** An in-place op on a copy of {@code a}, which is returned. */
    private static OpOutputs assigned(NDArray a, Function<NDArray, Void> assignment) {
        NDArray target = Numpy.copy(a);
        try {
            assignment.apply(target);
            return OpOutputs.result(target);
        } catch (RuntimeException | Error e) {
            target.close();
            throw e;
        }
    }

    private static OpOutputs sequence(NDArray[] parts) {
        OpOutputs out = new OpOutputs();
        for (int i = 0; i < parts.length; i++) {
            out.array(ArraySpec.elementName("result", i), parts[i]);
        }
        return out;
    }

    private static ParamSpec order() {
        return ParamSpec.optional("order", ParamTypes.STRING, "C", "C (row-major; the only order of sciaccel's arrays)");
    }

    private static void requireOrderC(OpArgs a) {
        if (!"C".equals(a.text("order"))) {
            throw new IllegalArgumentException("order=" + a.text("order") + ": only 'C' (row-major) is implemented in"
                    + " sciaccel");
        }
    }

    private static int[] tuple(OpArgs a, String name) {
        return a.object(name, int[].class).clone();
    }

    /** A flat list as pad's rows: 1 value (all sides), 2 (before, after), or 2 per axis. */
    private static int[][] pairs(int[] v, int ndim) {
        if (v.length == 2 * ndim && ndim > 1) {
            int[][] out = new int[ndim][];
            for (int d = 0; d < ndim; d++) {
                out[d] = new int[] {v[2 * d], v[2 * d + 1]};
            }
            return out;
        }
        return new int[][] {v};
    }

    private static double[][] pairs(double[] v, int ndim) {
        if (v.length == 2 * ndim && ndim > 1) {
            double[][] out = new double[ndim][];
            for (int d = 0; d < ndim; d++) {
                out[d] = new double[] {v[2 * d], v[2 * d + 1]};
            }
            return out;
        }
        return new double[][] {v};
    }
}
