package org.sciaccel.ndimage;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/** Validation and dispatch of binary morphology and labeling, behind the {@link Ndimage} facade. */
final class BinaryMorphology {
    private BinaryMorphology() {
    }

    /** A validated structure: values, shape and per-axis origin. */
    static final class Element {
        final boolean[] values;
        final int[] shape;
        final int[] origin;

        Element(boolean[] values, int[] shape, int[] origin) {
            this.values = values;
            this.shape = shape;
            this.origin = origin;
        }

        /** SciPy's dilation structure: reflected along every axis, origin negated and moved by one on even axes. */
        Element reflected() {
            boolean[] r = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                r[values.length - 1 - i] = values[i];
            }
            int[] o = new int[origin.length];
            for (int ax = 0; ax < o.length; ax++) {
                o[ax] = -origin[ax] - ((shape[ax] & 1) == 0 ? 1 : 0);
            }
            return new Element(r, shape, o);
        }

        /** SciPy's {@code _center_is_true}: the element at the centre moved by the origin. */
        boolean centreTrue() {
            int flat = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                flat = flat * shape[ax] + shape[ax] / 2 + origin[ax];
            }
            return values[flat];
        }
    }

    static NDArray generateBinaryStructure(Backend backend, int rank, int connectivity) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        if (rank < 0) {
            throw new IllegalArgumentException("rank=" + rank + " must be non-negative");
        }
        if (rank > 12) {
            throw new IllegalArgumentException("rank=" + rank + " is too large (3^rank elements)");
        }
        int conn = Math.max(connectivity, 1);
        if (rank < 1) {
            return NDArray.fromHost(backend, new HostArray(DType.BOOL, new int[0], new byte[] {1}));
        }
        return NDArray.fromHost(backend, BinaryStructures.toHost(BinaryStructures.generate(rank, conn), BinaryStructures.cube(rank)));
    }

    static NDArray iterateStructure(NDArray structure, int iterations) {
        checkArray("structure", structure);
        if (iterations < 2) {
            // SciPy returns structure.copy(): the same dtype and values, not a bool array.
            return structure.copyTo(structure.backend());
        }
        if (structure.ndim() < 1 || structure.size() == 0) {
            throw new IllegalArgumentException("structure: shape " + Shapes.toString(structure.shape()) + " is empty");
        }
        boolean[] s = BinaryStructures.read(structure);
        return NDArray.fromHost(structure.backend(), BinaryStructures.iterate(s, structure.shape(), iterations));
    }

    /**
     * {@code iterate_structure(structure, iterations, origin)}: the iterated structure and, for two or more
     * iterations, {@code iterations * origin} per axis (SciPy returns the structure alone below two).
     */
    static IteratedStructure iterateStructure(NDArray structure, int iterations, int[] origin) {
        checkArray("structure", structure);
        if (origin == null) {
            throw new IllegalArgumentException("origin: null; give one value or one per axis");
        }
        if (iterations < 2) {
            return new IteratedStructure(iterateStructure(structure, iterations), null);
        }
        int nd = structure.ndim();
        if (origin.length != 1 && origin.length != nd) {
            throw new IllegalArgumentException("origin has " + origin.length + " values but the structure has " + nd
                    + " dimensions (shape " + Shapes.toString(structure.shape()) + "); give one value or one per axis");
        }
        int[] scaled = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            scaled[ax] = Math.multiplyExact(iterations, origin.length == 1 ? origin[0] : origin[ax]);
        }
        return new IteratedStructure(iterateStructure(structure, iterations), scaled);
    }

    static Element element(NDArray input, NDArray structure, int[] origin, String op) {
        int nd = input.ndim();
        boolean[] values;
        int[] shape;
        if (structure == null) {
            values = BinaryStructures.generate(nd, 1);
            shape = BinaryStructures.cube(nd);
        } else {
            checkArray("structure", structure);
            if (structure.ndim() != nd) {
                throw new IllegalArgumentException("structure: rank " + structure.ndim() + " (shape "
                        + Shapes.toString(structure.shape()) + ") differs from the input's rank " + nd + " (shape "
                        + Shapes.toString(input.shape()) + ") in " + op);
            }
            if (structure.size() < 1) {
                throw new IllegalArgumentException("structure: shape " + Shapes.toString(structure.shape())
                        + " is empty; " + op + " needs at least one element");
            }
            values = BinaryStructures.read(structure);
            shape = structure.shape();
        }
        int[] o = perAxisOrigin(origin, nd, input);
        for (int ax = 0; ax < nd; ax++) {
            int s = shape[ax];
            if (o[ax] < -(s / 2) || o[ax] > (s - 1) / 2) {
                throw new IllegalArgumentException("origin=" + o[ax] + " on axis " + ax + " is invalid for a structure of size "
                        + s + "; it must lie in [" + (-(s / 2)) + ", " + ((s - 1) / 2) + "]");
            }
        }
        boolean any = false;
        for (boolean v : values) {
            any |= v;
        }
        if (!any) {
            throw new IllegalArgumentException("structure: no element is true; " + op + " needs at least one");
        }
        return new Element(values, shape, o);
    }

    private static int[] perAxisOrigin(int[] origin, int nd, NDArray input) {
        if (origin == null || (origin.length != 1 && origin.length != nd)) {
            throw new IllegalArgumentException("origin has " + (origin == null ? 0 : origin.length)
                    + " values but the input has " + nd + " dimensions (shape " + Shapes.toString(input.shape())
                    + "); give one value or one per axis");
        }
        int[] o = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            o[ax] = origin.length == 1 ? origin[0] : origin[ax];
        }
        return o;
    }

    static NDArray binary(String op, NDArray input, BinaryMorphologyOptions options, boolean dilate) {
        checkInput(input);
        if (options == null) {
            throw new IllegalArgumentException("options: null");
        }
        Element e = element(input, options.structure, options.origin, op);
        checkMask(options.mask, input);
        Element applied = dilate ? e.reflected() : e;
        NDArray mask = options.mask;
        int iterations = options.iterations;
        boolean border = options.borderValue;
        HostArray later = laterMask(mask, applied, iterations);
        DType output = checkOutput(options.output, input, op);
        return OpRouter.run(op, input, (backend, in) -> toOutput(backend,
                runPass(backend, in, applied, iterations, mask, later, border, dilate), output));
    }

    /**
     * SciPy's {@code output} array of a binary op: any real dtype (it receives 0 and 1), complex refused as
     * SciPy's TypeError, float16 as SciPy's C code refuses it. Null means bool.
     */
    static DType checkOutput(DType output, NDArray input, String op) {
        if (output == null) {
            return DType.BOOL;
        }
        if (output.isComplex()) {
            throw new IllegalArgumentException("output: TypeError: Complex output type not supported (dtype " + output
                    + ") by " + op);
        }
        if (output == DType.FLOAT16) {
            throw new IllegalArgumentException("output: dtype float16 is not supported by " + op
                    + " (SciPy: data type not supported)");
        }
        input.backend().requireSupported(output, "output");
        return output;
    }

    /** A bool result in the output dtype (0 and 1), the bool array closed when converted. */
    static NDArray toOutput(Backend backend, NDArray bool, DType output) {
        if (output == DType.BOOL) {
            return bool;
        }
        try (bool) {
            return backend.astype(bool, output);
        }
    }

    /** Opening (erosion then dilation) or closing (dilation then erosion), each with the same options. */
    static NDArray compound(String op, NDArray input, BinaryMorphologyOptions options, boolean closing) {
        checkInput(input);
        if (options == null) {
            throw new IllegalArgumentException("options: null");
        }
        Element e = element(input, options.structure, options.origin, op);
        checkMask(options.mask, input);
        Element r = e.reflected();
        NDArray mask = options.mask;
        int iterations = options.iterations;
        boolean border = options.borderValue;
        // The reflected structure has the same centre element, so one later mask serves both halves.
        HostArray later = laterMask(mask, e, iterations);
        DType output = checkOutput(options.output, input, op);
        return OpRouter.run(op, input, (backend, in) -> {
            try (NDArray first = closing ? runPass(backend, in, r, iterations, mask, later, border, true)
                    : runPass(backend, in, e, iterations, mask, later, border, false)) {
                return toOutput(backend, closing ? runPass(backend, first, e, iterations, mask, later, border, false)
                        : runPass(backend, first, r, iterations, mask, later, border, true), output);
            }
        });
    }

    private static void checkMask(NDArray mask, NDArray input) {
        if (mask == null) {
            return;
        }
        checkArray("mask", mask);
        checkSameShape("mask", mask, input);
        checkSameBackend("mask", mask, input);
        if (mask.dtype().isComplex()) {
            throw new IllegalArgumentException("mask: complex dtype " + mask.dtype() + " is not supported");
        }
    }

    /**
     * SciPy's mask for the passes after the first, where it reads differently from the mask itself: with
     * iterations != 1 and the structure's centre true, SciPy runs the first pass with the mask as given (non-zero,
     * NaN included, is true) and the rest through its {@code binary_erosion2} with {@code numpy.asarray(mask, int8)},
     * so there 0.5, NaN and 256 are false. Null where both readings agree (always for bool and uint8 masks).
     */
    static HostArray laterMask(NDArray mask, Element e, int iterations) {
        if (mask == null || iterations == 1 || !e.centreTrue() || mask.dtype() == DType.BOOL
                || mask.dtype() == DType.UINT8) {
            return null;
        }
        HostArray h = mask.toHost();
        Object d = h.data();
        byte[] later = new byte[h.size()];
        boolean differs = false;
        for (int i = 0; i < later.length; i++) {
            long low;
            if (d instanceof long[]) {
                low = ((long[]) d)[i];
            } else if (d instanceof int[]) {
                low = ((int[]) d)[i];
            } else if (d instanceof short[]) {
                low = ((short[]) d)[i];
            } else {
                // NumPy's float -> int8 cast on x86-64: truncation to int32, then its low byte; NaN and values
                // outside int32 give int32's minimum, whose low byte is 0.
                double v = h.getDouble(i);
                low = v >= -2147483648.0 && v < 2147483648.0 ? (int) v : 0;
            }
            later[i] = (byte) ((low & 0xFF) != 0 ? 1 : 0);
            differs |= (later[i] != 0) != (h.getDouble(i) != 0);
        }
        return differs ? new HostArray(DType.BOOL, h.shape(), later) : null;
    }

    private static NDArray runPass(Backend backend, NDArray in, Element e, int iterations, NDArray mask,
            HostArray later, boolean border, boolean invert) {
        if (later == null) {
            return onePass(backend, in, e, iterations, mask, border, invert);
        }
        try (NDArray first = onePass(backend, in, e, 1, mask, border, invert);
                NDArray laterMask = NDArray.fromHost(backend, later)) {
            return onePass(backend, first, e, iterations < 1 ? -1 : iterations - 1, laterMask, border, invert);
        }
    }

    private static NDArray onePass(Backend backend, NDArray in, Element e, int iterations, NDArray mask, boolean border,
            boolean invert) {
        NDArray boolIn = in.dtype() == DType.BOOL ? in : backend.astype(in, DType.BOOL);
        NDArray m = mask == null ? null : mask.backend() == backend ? mask : mask.copyTo(backend);
        NDArray boolMask = m == null || m.dtype() == DType.BOOL ? m : backend.astype(m, DType.BOOL);
        try {
            return backend.morphology().binaryErosion(boolIn, e.values, e.shape, e.origin, iterations, boolMask, border, invert);
        } finally {
            if (boolIn != in) {
                boolIn.close();
            }
            if (boolMask != null && boolMask != mask) {
                boolMask.close();
            }
            if (m != null && m != mask && m != boolMask) {
                m.close();
            }
        }
    }

    /** {@code binary_propagation}: dilation repeated until nothing changes, within the mask. */
    static NDArray propagation(NDArray input, NDArray structure, NDArray mask, boolean borderValue, int[] origin) {
        BinaryMorphologyOptions o = BinaryMorphologyOptions.defaults().structure(structure).mask(mask)
                .borderValue(borderValue).origin(origin).iterations(-1);
        return binary("ndimage.binary_propagation", input, o, true);
    }

    /** {@code binary_fill_holes}: NOT (dilation of nothing, border true, within NOT input, until stable). */
    static NDArray fillHoles(NDArray input, NDArray structure, int[] origin) {
        checkInput(input);
        Element e = element(input, structure, origin, "binary_fill_holes").reflected();
        return OpRouter.run("ndimage.binary_fill_holes", input, (backend, in) -> {
            NDArray boolIn = in.dtype() == DType.BOOL ? in : backend.astype(in, DType.BOOL);
            try (NDArray mask = backend.morphology().logicalNot(boolIn);
                    NDArray empty = NDArray.fromHost(backend, HostArray.zeros(DType.BOOL, in.shape()));
                    NDArray outside = backend.morphology().binaryErosion(empty, e.values, e.shape, e.origin, -1, mask,
                            true, true)) {
                return backend.morphology().logicalNot(outside);
            } finally {
                if (boolIn != in) {
                    boolIn.close();
                }
            }
        });
    }

    /**
     * {@code binary_hit_or_miss}: erosion by structure1 AND NOT (any input element under structure2), both with border
     * 0; structure2 defaults to NOT structure1, origin2 to origin1.
     */
    static NDArray hitOrMiss(NDArray input, NDArray structure1, NDArray structure2, int[] origin1, int[] origin2,
            DType outputDType) {
        checkInput(input);
        DType output = checkOutput(outputDType, input, "binary_hit_or_miss");
        Element e1 = element(input, structure1, origin1, "binary_hit_or_miss");
        boolean[] s2;
        int[] s2Shape;
        if (structure2 == null) {
            s2 = new boolean[e1.values.length];
            for (int i = 0; i < s2.length; i++) {
                s2[i] = !e1.values[i];
            }
            s2Shape = e1.shape;
        } else {
            Element given = element(input, structure2, origin2 == null ? origin1 : origin2, "binary_hit_or_miss");
            s2 = given.values;
            s2Shape = given.shape;
        }
        int[] o2 = perAxisOrigin(origin2 == null ? origin1 : origin2, input.ndim(), input);
        boolean any = false;
        for (boolean v : s2) {
            any |= v;
        }
        for (int ax = 0; ax < o2.length; ax++) {
            int s = s2Shape[ax];
            if (o2[ax] < -(s / 2) || o2[ax] > (s - 1) / 2) {
                throw new IllegalArgumentException("origin2=" + o2[ax] + " on axis " + ax
                        + " is invalid for a structure of size " + s);
            }
        }
        boolean anyMiss = any;
        Element e2 = new Element(s2, s2Shape, o2);
        return OpRouter.run("ndimage.binary_hit_or_miss", input, (backend, in) -> {
            NDArray boolIn = in.dtype() == DType.BOOL ? in : backend.astype(in, DType.BOOL);
            try (NDArray hit = backend.morphology().binaryErosion(boolIn, e1.values, e1.shape, e1.origin, 1, null, false,
                    false)) {
                if (!anyMiss) {
                    return backend.astype(hit, output);
                }
                try (NDArray miss = backend.morphology().binaryErosion(boolIn, e2.values, e2.shape, e2.origin, 1, null,
                        false, true)) {
                    return toOutput(backend, backend.morphology().elementwise(hit, miss,
                            org.sciaccel.spi.MorphologyOps.AND_NOT), output);
                }
            } finally {
                if (boolIn != in) {
                    boolIn.close();
                }
            }
        });
    }

    static LabelResult label(NDArray input, NDArray structure) {
        checkInput(input);
        int nd = input.ndim();
        boolean[] s;
        if (structure == null) {
            s = BinaryStructures.generate(nd, 1);
        } else {
            checkArray("structure", structure);
            if (structure.ndim() != nd) {
                throw new IllegalArgumentException("structure: rank " + structure.ndim() + " (shape "
                        + Shapes.toString(structure.shape()) + ") differs from the input's rank " + nd + " (shape "
                        + Shapes.toString(input.shape()) + ") in label");
            }
            for (int ax = 0; ax < nd; ax++) {
                if (structure.shape(ax) != 3) {
                    throw new IllegalArgumentException("structure: shape " + Shapes.toString(structure.shape())
                            + " must be 3 along every axis for label");
                }
            }
            s = BinaryStructures.read(structure);
            for (int i = 0; i < s.length; i++) {
                if (s[i] != s[s.length - 1 - i]) {
                    throw new IllegalArgumentException("structure: shape " + Shapes.toString(structure.shape())
                            + " is not centrally symmetric, which label requires");
                }
            }
        }
        if (nd == 0) {
            // A 0-d array is one element: label 1 where it is non-zero (NaN too), as SciPy's label gives.
            int v = input.toHost().getDouble(0) != 0 ? 1 : 0;
            NDArray labels = NDArray.fromHost(input.backend(), new HostArray(DType.INT32, new int[0], new int[] {v}));
            return new LabelResult(labels, v);
        }
        int[] count = new int[1];
        NDArray labels = OpRouter.run("ndimage.label", input, (backend, in) -> {
            NDArray boolIn = in.dtype() == DType.BOOL ? in : backend.astype(in, DType.BOOL);
            try {
                LabelResult r = backend.morphology().label(boolIn, s);
                count[0] = r.numFeatures();
                return r.labels();
            } finally {
                if (boolIn != in) {
                    boolIn.close();
                }
            }
        });
        return new LabelResult(labels, count[0]);
    }

    /**
     * {@code label(input, structure, output=dtype)}: the labels in that dtype. SciPy labels into it and, where a
     * label does not fit, refuses with "insufficient bit-depth"; every label fits exactly when the largest does.
     */
    static LabelResult label(NDArray input, NDArray structure, DType output) {
        if (output == null || output == DType.INT32) {
            return label(input, structure);
        }
        if (output.isComplex()) {
            throw new IllegalArgumentException("output: complex dtype " + output + " is not supported by label");
        }
        LabelResult r = label(input, structure);
        int n = r.numFeatures();
        if (n > largestExact(output)) {
            r.labels().close();
            throw new IllegalArgumentException("output: dtype " + output + " cannot hold label " + n
                    + " (insufficient bit-depth in requested output type)");
        }
        try (NDArray labels = r.labels()) {
            return new LabelResult(labels.backend().astype(labels, output), n);
        }
    }

    /** The largest integer up to which every integer is exactly representable in {@code t}. */
    private static double largestExact(DType t) {
        switch (t) {
            case BOOL: return 1;
            case UINT8: return 255;
            case UINT16: return 65535;
            case FLOAT32: return 1 << 24;
            default: return Integer.MAX_VALUE;
        }
    }

    static ObjectSlices findObjects(NDArray labels, int maxLabel) {
        checkArray("input", labels);
        if (!labels.dtype().isIntegral() || labels.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("input: dtype " + labels.dtype() + " is not an integer type; "
                    + "find_objects needs integer labels");
        }
        if (labels.ndim() == 0) {
            // SciPy: max_label entries, the element's own label bounded by the empty tuple of slices.
            long v = (long) labels.toHost().getDouble(0);
            long max = maxLabel < 1 ? v : maxLabel;
            int n = (int) Math.max(0, Math.min(max, Integer.MAX_VALUE));
            int[][] boxes = new int[n][];
            if (v >= 1 && v <= n) {
                boxes[(int) v - 1] = new int[0];
            }
            return new ObjectSlices(boxes, 0);
        }
        if (labels.size() == 0 && maxLabel < 1) {
            // SciPy takes labels.max() for max_label < 1, which NumPy refuses for an empty array.
            throw new IllegalArgumentException("input: zero-size array to reduction operation maximum which has no "
                    + "identity (find_objects of labels of shape " + Shapes.toString(labels.shape()) + " with max_label "
                    + maxLabel + ")");
        }
        int[][] boxes = OpRouter.value("ndimage.find_objects", labels, (backend, in) -> {
            // SciPy: max_label < 1 means labels.max(); -1 asks the backend for it.
            return backend.morphology().findObjects(in, maxLabel < 1 ? -1 : maxLabel);
        });
        return new ObjectSlices(boxes, labels.ndim());
    }

    static void checkInput(NDArray input) {
        checkArray("input", input);
        if (input.dtype().isComplex()) {
            throw new IllegalArgumentException("input: complex dtype " + input.dtype() + " is not supported");
        }
    }

    static void checkArray(String name, NDArray a) {
        if (a == null) {
            throw new IllegalArgumentException(name + ": null");
        }
        if (a.isClosed()) {
            throw new IllegalArgumentException(name + ": the array is closed");
        }
    }

    static void checkSameShape(String name, NDArray a, NDArray input) {
        if (!java.util.Arrays.equals(a.shape(), input.shape())) {
            throw new IllegalArgumentException(name + ": shape " + Shapes.toString(a.shape()) + " differs from the input's shape "
                    + Shapes.toString(input.shape()));
        }
    }

    static void checkSameBackend(String name, NDArray a, NDArray input) {
        if (a.backend() != input.backend()) {
            throw new IllegalArgumentException(name + ": lives on backend " + a.backend().name() + " but the input on "
                    + input.backend().name() + "; copy it with to(backend)");
        }
    }
}
