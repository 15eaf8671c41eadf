package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.ndimage.BinaryMorphologyOptions;
import org.sciaccel.ndimage.DistanceTransformResult;
import org.sciaccel.ndimage.GreyMorphologyOptions;
import org.sciaccel.ndimage.IteratedStructure;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.ndimage.ObjectSlices;

/** The {@code scipy.ndimage} morphology, labeling and measurement ops of the CLI. */
public final class MorphologyEntries implements OpEntries {
    private static final String INPUT_DOC = "array; non-zero elements are true";
    private static final String STRUCTURE_DOC = "structuring element as @file.npy (non-zero is true); none means connectivity 1";

    /** An array of any shape read from {@code @file.npy}, as a {@link HostArray}. */
    static final ParamType ARRAY_FILE = new ParamType() {
        @Override
        public String describe() {
            return "array as @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (!text.startsWith("@") || text.length() < 2) {
                throw new UsageException(param + "=" + text + ": give the array as @file.npy");
            }
            try {
                return Npy.read(Path.of(text.substring(1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
            }
        }
    };

    /**
     * SciPy's {@code operator.index(iterations)}: an integer; a float, even an integral one such as 2.0, is SciPy's
     * TypeError ("iterations parameter should be an integer"), which the message names for the SciPy-tests binding.
     */
    static final ParamType ITERATIONS = new ParamType() {
        @Override
        public String describe() {
            return "int";
        }

        @Override
        public Object parse(String param, String text) {
            try {
                return ParamTypes.parseInt(param, text);
            } catch (UsageException e) {
                throw new UsageException(param + "=" + text + ": TypeError: iterations parameter should be an integer ("
                        + e.getMessage().replaceFirst("^[^:]*: ", "") + ")");
            }
        }
    };

    private static final String BINARY_OUTPUT_DOC = "dtype of the array SciPy's output fills (0 and 1 in it);"
            + " none means bool";

    @Override
    public SpiFamily family() {
        return SpiFamily.MORPHOLOGY;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(generateBinaryStructure());
        registry.add(iterateStructure());
        registry.add(binary("ndimage.binary_erosion", "Binary erosion with a structuring element."));
        registry.add(binary("ndimage.binary_dilation", "Binary dilation with a structuring element."));
        registry.add(binary("ndimage.binary_opening", "Binary opening: erosion then dilation."));
        registry.add(binary("ndimage.binary_closing", "Binary closing: dilation then erosion."));
        registry.add(label());
        registry.add(findObjects());
        for (String f : new String[] {"sum", "sum_labels", "mean", "minimum", "maximum", "median", "variance",
                "standard_deviation", "minimum_position", "maximum_position", "center_of_mass", "extrema"}) {
            registry.add(measurement(f));
        }
        registry.add(histogram());
        registry.add(fillHoles());
        registry.add(propagation());
        registry.add(hitOrMiss());
        registry.add(edt());
        registry.add(cdt());
        for (String g : new String[] {"grey_erosion", "grey_dilation", "grey_opening", "grey_closing",
                "morphological_gradient", "morphological_laplace", "white_tophat", "black_tophat"}) {
            registry.add(grey(g));
        }
    }

    private static OpSpec fillHoles() {
        return OpSpec.builder("ndimage.binary_fill_holes")
                .summary("Fills the holes of binary objects.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("structure", ARRAY_FILE, STRUCTURE_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", "placement of the structure"))
                .output("result", "bool array")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray s = upload(a, "structure", in)) {
                        return OpOutputs.result(Ndimage.binaryFillHoles(in, s, a.integers("origin")));
                    }
                })
                .build();
    }

    private static OpSpec propagation() {
        return OpSpec.builder("ndimage.binary_propagation")
                .summary("Dilation repeated until nothing changes, within a mask.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("structure", ARRAY_FILE, STRUCTURE_DOC))
                .param(ParamSpec.optionalNone("mask", ARRAY_FILE, "only elements true in this @file.npy change"))
                .param(ParamSpec.optional("border_value", ParamTypes.INT, "0", "value of the input beyond its edges"))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", "placement of the structure"))
                .output("result", "bool array")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray s = upload(a, "structure", in); NDArray m = upload(a, "mask", in)) {
                        return OpOutputs.result(Ndimage.binaryPropagation(in, s, m, a.integer("border_value") != 0,
                                a.integers("origin")));
                    }
                })
                .build();
    }

    private static OpSpec hitOrMiss() {
        return OpSpec.builder("ndimage.binary_hit_or_miss")
                .summary("Hit-or-miss transform: structure1 fits the objects and structure2 fits the background.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("structure1", ARRAY_FILE, STRUCTURE_DOC))
                .param(ParamSpec.optionalNone("structure2", ARRAY_FILE, "@file.npy (non-zero is true); none means NOT structure1"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, BINARY_OUTPUT_DOC))
                .param(ParamSpec.optional("origin1", ParamTypes.INT_PER_AXIS, "0", "placement of structure1"))
                .param(ParamSpec.optionalNone("origin2", ParamTypes.INT_PER_AXIS, "placement of structure2; none: origin1"))
                .output("result", "bool array (or the output dtype)")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray s1 = upload(a, "structure1", in); NDArray s2 = upload(a, "structure2", in)) {
                        return OpOutputs.result(Ndimage.binaryHitOrMiss(in, s1, s2, a.integers("origin1"),
                                a.isNone("origin2") ? null : a.integers("origin2"), outputDType(a)));
                    }
                })
                .build();
    }

    private static final String RETURN_DISTANCES_DOC = "whether to return the distances";
    private static final String RETURN_INDICES_DOC = "whether to return the feature transform (the indices of the"
            + " nearest zero); at least one of return_distances and return_indices must be true";
    private static final String INDICES_DOC = "int32 indices of the nearest zero, shape (ndim,) + input.shape"
            + " (with return_indices)";
    private static final String DISTANCES_TARGET_DOC = "the array SciPy fills with the distances, as @file.npy:"
            + " checked as SciPy checks it (needs return_distances) and returned as the output distances; ";
    private static final String INDICES_TARGET_DOC = "the array SciPy fills with the indices, as @file.npy: int32 of"
            + " shape (ndim,) + input.shape, checked as SciPy checks it (needs return_indices) and returned as the"
            + " output indices";

    private static OpSpec edt() {
        return OpSpec.builder("ndimage.distance_transform_edt")
                .summary("Exact Euclidean distance of each non-zero element to the nearest zero, and/or the feature transform.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("sampling", ParamTypes.REAL_PER_AXIS, "element spacing, one value or one per axis"))
                .param(ParamSpec.optional("return_distances", ParamTypes.BOOL, "true", RETURN_DISTANCES_DOC))
                .param(ParamSpec.optional("return_indices", ParamTypes.BOOL, "false", RETURN_INDICES_DOC))
                .param(ParamSpec.optionalNone("distances", ARRAY_FILE, DISTANCES_TARGET_DOC + "float64 of the input's shape"))
                .param(ParamSpec.optionalNone("indices", ARRAY_FILE, INDICES_TARGET_DOC))
                .optionalOutput("distances", "float64 distances (with return_distances)")
                .optionalOutput("indices", INDICES_DOC)
                .invoker(a -> {
                    DistanceTransformTargets.checkEdt(a.input(0), target(a, "distances"), target(a, "indices"),
                            a.flag("return_distances"), a.flag("return_indices"));
                    return asked(Ndimage.distanceTransformEdt(a.input(0),
                            a.isNone("sampling") ? null : a.reals("sampling"), a.flag("return_distances"),
                            a.flag("return_indices")));
                })
                .build();
    }

    private static OpSpec cdt() {
        return OpSpec.builder("ndimage.distance_transform_cdt")
                .summary("Chamfer distance transform (chessboard or taxicab), and/or the feature transform.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optional("metric", ParamTypes.STRING, "chessboard",
                        "chessboard, or taxicab (also cityblock, manhattan)"))
                .param(ParamSpec.optional("return_distances", ParamTypes.BOOL, "true", RETURN_DISTANCES_DOC))
                .param(ParamSpec.optional("return_indices", ParamTypes.BOOL, "false", RETURN_INDICES_DOC))
                .param(ParamSpec.optionalNone("distances", ARRAY_FILE, DISTANCES_TARGET_DOC + "int32 of the input's shape"))
                .param(ParamSpec.optionalNone("indices", ARRAY_FILE, INDICES_TARGET_DOC))
                .optionalOutput("distances", "int32 distances (with return_distances)")
                .optionalOutput("indices", INDICES_DOC)
                .invoker(a -> {
                    DistanceTransformTargets.checkCdt(a.input(0), target(a, "distances"), target(a, "indices"),
                            a.flag("return_distances"), a.flag("return_indices"));
                    return asked(Ndimage.distanceTransformCdt(a.input(0), a.text("metric"),
                            a.flag("return_distances"), a.flag("return_indices")));
                })
                .build();
    }

    /** A distances= / indices= array (only its dtype and shape are read), or null. */
    private static HostArray target(OpArgs a, String name) {
        return a.isNone(name) ? null : a.object(name, HostArray.class);
    }

    /** The parts of a distance transform that were asked for, in SciPy's order. */
    private static OpOutputs asked(DistanceTransformResult r) {
        OpOutputs out = new OpOutputs();
        if (r.distances() != null) {
            out.array("distances", r.distances());
        }
        if (r.indices() != null) {
            out.array("indices", r.indices());
        }
        return out;
    }

    private static OpSpec grey(String f) {
        return OpSpec.builder("ndimage." + f)
                .summary("Grey morphology " + f + " with a flat window (size or footprint) or a non-flat structure.")
                .input("input", "real array")
                .param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, "window size, one value or one per axis"))
                .param(ParamSpec.optionalNone("footprint", ARRAY_FILE, "window as @file.npy (non-zero is true)"))
                .param(ParamSpec.optionalNone("structure", ARRAY_FILE, "non-flat structuring element as @file.npy"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE,
                        "dtype of the array SciPy's output fills; none means the input's dtype"))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "reflect", "how the input is extended beyond its edges"))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", "value beyond the edges in constant mode"))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", "placement of the window"))
                .output("result", "array of the input's dtype (or the output dtype)")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray fp = upload(a, "footprint", in); NDArray st = upload(a, "structure", in)) {
                        GreyMorphologyOptions o = st != null ? GreyMorphologyOptions.structure(st).withFootprint(fp)
                                : fp != null ? GreyMorphologyOptions.footprint(fp)
                                : GreyMorphologyOptions.size(a.isNone("size") ? null : a.integers("size"));
                        o.mode(a.mode("mode")).cval(a.real("cval")).origin(a.integers("origin")).output(outputDType(a));
                        switch (f) {
                            case "grey_erosion": return OpOutputs.result(Ndimage.greyErosion(in, o));
                            case "grey_dilation": return OpOutputs.result(Ndimage.greyDilation(in, o));
                            case "grey_opening": return OpOutputs.result(Ndimage.greyOpening(in, o));
                            case "grey_closing": return OpOutputs.result(Ndimage.greyClosing(in, o));
                            case "morphological_gradient": return OpOutputs.result(Ndimage.morphologicalGradient(in, o));
                            case "morphological_laplace": return OpOutputs.result(Ndimage.morphologicalLaplace(in, o));
                            case "white_tophat": return OpOutputs.result(Ndimage.whiteTophat(in, o));
                            default: return OpOutputs.result(Ndimage.blackTophat(in, o));
                        }
                    }
                })
                .build();
    }

    /**
     * none, one label ({@code 3}, {@code 2.5}), a list ({@code 1,2,3} or {@code [1,2,3]}, {@code [1.0,4.5]}) or an
     * array file ({@code @i.npy}: 0-d for one label, 1-D for a list): null, Long, long[], Double or double[]. A
     * list with any float in it is a float list (NumPy's float64 array); nan, inf and -inf are Python's spellings.
     */
    static final ParamType INDEX = new ParamType() {
        @Override
        public String describe() {
            return "none, a label, a list of labels as 1,2,3, or @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            String t = text.trim();
            if (t.startsWith("@")) {
                return ParamTypes.parseLabels(param, t);
            }
            boolean list = t.startsWith("[") || t.contains(",");
            t = t.replace("[", "").replace("]", "");
            String[] parts = t.isEmpty() ? new String[0] : t.split(",");
            long[] ints = new long[parts.length];
            double[] reals = new double[parts.length];
            boolean floats = false;
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].trim();
                try {
                    ints[i] = Long.parseLong(p);
                    reals[i] = ints[i];
                } catch (NumberFormatException notInteger) {
                    floats = true;
                    reals[i] = real(param, text, p);
                }
            }
            if (!list && parts.length == 1) {
                return floats ? (Object) reals[0] : (Object) ints[0];
            }
            return floats ? reals : ints;
        }

        private double real(String param, String text, String p) {
            switch (p) {
                case "nan": return Double.NaN;
                case "inf": return Double.POSITIVE_INFINITY;
                case "-inf": return Double.NEGATIVE_INFINITY;
                default: break;
            }
            try {
                if (p.isEmpty() || !Character.isDigit(p.charAt(p.length() - 1)) && p.charAt(p.length() - 1) != '.') {
                    throw new NumberFormatException(p);
                }
                return Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new UsageException(param + "=" + text
                        + ": not a label, a comma list of labels (integers or floats) or @file.npy");
            }
        }
    };

    private static OpSpec measurement(String f) {
        return OpSpec.builder("ndimage." + f)
                .summary("Label measurement " + f + " (labels and index as SciPy: none, a label, or a list).")
                .input("input", "real array")
                .param(ParamSpec.optionalNone("labels", ARRAY_FILE, "integer labels of the input's shape as @file.npy"))
                .param(ParamSpec.optionalNone("index", INDEX, "labels to measure: none (labels > 0), one, or a list"))
                .output("result", "a number (or coordinates) per label; a list when index is a list")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray lab = upload(a, "labels", in)) {
                        Object index = a.isNone("index") ? null : a.object("index", Object.class);
                        return outputs(MeasurementCalls.call(f, in, lab, index), index);
                    }
                })
                .build();
    }

    private static OpSpec histogram() {
        return OpSpec.builder("ndimage.histogram")
                .summary("Histogram of the values per label: counts of bins equal bins over [min, max].")
                .input("input", "real array")
                .param(ParamSpec.required("min", ParamTypes.REAL_NUMBER, "lower edge of the first bin"))
                .param(ParamSpec.required("max", ParamTypes.REAL_NUMBER, "upper edge of the last bin"))
                .param(ParamSpec.required("bins", ParamTypes.INT, "number of bins"))
                .param(ParamSpec.optionalNone("labels", ARRAY_FILE, "integer labels of the input's shape as @file.npy"))
                .param(ParamSpec.optionalNone("index", INDEX, "labels to measure: none (labels > 0), one, or a list"))
                .output("result", "counts per bin; a list of them (null for absent labels) when index is a list")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray lab = upload(a, "labels", in)) {
                        Object index = a.isNone("index") ? null : a.object("index", Object.class);
                        return outputs(MeasurementCalls.histogram(in, a.real("min"), a.real("max"), a.integer("bins"), lab,
                                index), index);
                    }
                })
                .build();
    }

    private static OpSpec generateBinaryStructure() {
        return OpSpec.builder("ndimage.generate_binary_structure")
                .summary("A 3x...x3 bool structure: true within squared distance connectivity of the centre.")
                .param(ParamSpec.required("rank", ParamTypes.INT, "number of dimensions"))
                .param(ParamSpec.required("connectivity", ParamTypes.INT,
                        "largest squared distance of a neighbour (1: faces only; rank: all)"))
                .output("result", "the structure (bool), created on the chosen backend")
                .invoker(a -> OpOutputs.result(
                        Ndimage.generateBinaryStructure(a.backend(), a.integer("rank"), a.integer("connectivity"))))
                .build();
    }

    private static OpSpec iterateStructure() {
        return OpSpec.builder("ndimage.iterate_structure")
                .summary("A structure dilated by itself iterations - 1 times.")
                .input("structure", "the structure to iterate")
                .param(ParamSpec.required("iterations", ParamTypes.INT, "number of dilations plus one"))
                .param(ParamSpec.optionalNone("origin", ParamTypes.INT_PER_AXIS,
                        "the structure's origin, one value or one per axis: also returned scaled by iterations"
                        + " (when iterations >= 2, as SciPy)"))
                .output("result", "the iterated structure")
                .optionalOutput("origin", "iterations * origin per axis, as a list (with origin and iterations >= 2)")
                .invoker(a -> {
                    if (a.isNone("origin")) {
                        return OpOutputs.result(Ndimage.iterateStructure(a.input(0), a.integer("iterations")));
                    }
                    IteratedStructure r = Ndimage.iterateStructure(a.input(0), a.integer("iterations"),
                            a.integers("origin"));
                    OpOutputs out = OpOutputs.result(r.structure());
                    if (r.origin() != null) {
                        List<Object> origin = new ArrayList<>();
                        for (int o : r.origin()) {
                            origin.add((long) o);
                        }
                        out.json("origin", origin);
                    }
                    return out;
                })
                .build();
    }

    private static OpSpec binary(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("structure", ARRAY_FILE, STRUCTURE_DOC))
                .param(ParamSpec.optional("iterations", ITERATIONS, "1",
                        "repetitions; 0 or less repeats until nothing changes"))
                .param(ParamSpec.optionalNone("mask", ARRAY_FILE, "only elements true in this @file.npy change"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, BINARY_OUTPUT_DOC))
                .param(ParamSpec.optional("border_value", ParamTypes.INT, "0", "value of the input beyond its edges"))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", "placement of the structure"))
                .output("result", "bool array (or the output dtype)")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray s = upload(a, "structure", in); NDArray m = upload(a, "mask", in)) {
                        BinaryMorphologyOptions o = BinaryMorphologyOptions.defaults().structure(s).mask(m)
                                .iterations(a.integer("iterations")).borderValue(a.integer("border_value") != 0)
                                .origin(a.integers("origin")).output(outputDType(a));
                        switch (name) {
                            case "ndimage.binary_erosion": return OpOutputs.result(Ndimage.binaryErosion(in, o));
                            case "ndimage.binary_dilation": return OpOutputs.result(Ndimage.binaryDilation(in, o));
                            case "ndimage.binary_opening": return OpOutputs.result(Ndimage.binaryOpening(in, o));
                            default: return OpOutputs.result(Ndimage.binaryClosing(in, o));
                        }
                    }
                })
                .build();
    }

    private static OpSpec label() {
        return OpSpec.builder("ndimage.label")
                .summary("Connected components of the non-zero elements, numbered in raster order.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("structure", ARRAY_FILE,
                        "3x...x3 connectivity as @file.npy (non-zero is true); none means connectivity 1"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, "dtype of the labels; none means int32"))
                .output("labels", "labels (int32 unless output is given), 0 for background")
                .output("num_features", "number of objects")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    try (NDArray s = upload(a, "structure", in)) {
                        LabelResult r = Ndimage.label(in, s, a.isNone("output") ? null : a.dtype("output"));
                        return new OpOutputs().array("labels", r.labels()).scalar("num_features", r.numFeatures());
                    }
                })
                .build();
    }

    private static OpSpec findObjects() {
        return OpSpec.builder("ndimage.find_objects")
                .summary("Bounding slices of each label, as JSON: a list of null or [[start, stop], ...] per label.")
                .input("input", "integer labels")
                .param(ParamSpec.optional("max_label", ParamTypes.INT, "0",
                        "report labels 1..max_label; 0 means the largest label present"))
                .output("result", "list of slices per label (null where the label is absent)")
                .invoker(a -> {
                    NDArray in = a.input(0);
                    ObjectSlices s = Ndimage.findObjects(in, a.integer("max_label"));
                    List<Object> out = new ArrayList<>();
                    for (int l = 1; l <= s.size(); l++) {
                        if (!s.present(l)) {
                            out.add(null);
                            continue;
                        }
                        List<Object> box = new ArrayList<>();
                        for (int ax = 0; ax < in.ndim(); ax++) {
                            box.add(List.of(s.start(l, ax), s.stop(l, ax)));
                        }
                        out.add(box);
                    }
                    return new OpOutputs().json("result", out);
                })
                .build();
    }

    /** SciPy's shape: one value (a number, or a list such as coordinates) unless the index was a list. */
    private static OpOutputs outputs(List<Object> values, Object index) {
        if (MeasurementCalls.isList(index)) {
            return new OpOutputs().json("result", values);
        }
        Object only = values.get(0);
        return only instanceof Number n ? new OpOutputs().scalar("result", n) : new OpOutputs().json("result", (List<?>) only);
    }

    private static org.sciaccel.DType outputDType(OpArgs a) {
        return a.isNone("output") ? null : a.dtype("output");
    }

    private static NDArray upload(OpArgs a, String name, NDArray like) {
        if (a.isNone(name)) {
            return null;
        }
        HostArray h = a.object(name, HostArray.class);
        return NDArray.fromHost(like.backend(), h);
    }
}
