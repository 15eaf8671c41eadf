package org.sciaccel.registry;

import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.skimage.morphology.Morphology;

/**
 * scikit-image 0.19's skimage.morphology (issue 18): footprints, local and h-extrema, reconstruction, small objects
 * and holes. Composed of the backends' ndimage filters, binary propagation, labelling and NumPy ops; the family is
 * MORPHOLOGY, which both backends implement in full (with the NDIMAGE filters and NumPy families they also list).
 */
public final class SkimageMorphologyEntries implements OpEntries {
    private static final String P = "skimage.morphology.";
    /** The ops registered here. */
    public static final List<String> NAMES = List.of(P + "square", P + "rectangle", P + "diamond", P + "disk",
            P + "cube", P + "ball", P + "octahedron", P + "local_maxima", P + "local_minima", P + "h_maxima",
            P + "h_minima", P + "reconstruction", P + "remove_small_objects", P + "remove_small_holes");
    private static final String FOOTPRINT_DOC = "footprint as @file.npy (non-zero is true)";

    @Override
    public SpiFamily family() {
        return SpiFamily.MORPHOLOGY;
    }

    static NDArray upload(OpArgs a, String name, NDArray like) {
        if (a.isNone(name)) {
            return null;
        }
        return NDArray.fromHost(like.backend(), a.object(name, HostArray.class));
    }

    private static ParamSpec dtype() {
        return ParamSpec.optional("dtype", ParamTypes.DTYPE, "uint8", "dtype of the footprint");
    }

    private static DType dtypeOf(OpArgs a) {
        return a.dtype("dtype");
    }

    @Override
    public void register(OpRegistry r) {
        r.add(OpSpec.builder(P + "square").summary("A flat square footprint of ones (width, width).")
                .param(ParamSpec.required("width", ParamTypes.INT, "side length")).param(dtype())
                .output("result", "the footprint, on the chosen backend")
                .invoker(a -> OpOutputs.result(Morphology.square(a.backend(), a.integer("width"), dtypeOf(a)))).build());
        r.add(OpSpec.builder(P + "rectangle").summary("A flat rectangular footprint of ones (nrows, ncols).")
                .param(ParamSpec.required("nrows", ParamTypes.INT, "rows"))
                .param(ParamSpec.required("ncols", ParamTypes.INT, "columns")).param(dtype())
                .output("result", "the footprint, on the chosen backend")
                .invoker(a -> OpOutputs.result(Morphology.rectangle(a.backend(), a.integer("nrows"), a.integer("ncols"),
                        dtypeOf(a)))).build());
        r.add(OpSpec.builder(P + "cube").summary("A flat cube footprint of ones (width, width, width).")
                .param(ParamSpec.required("width", ParamTypes.INT, "side length")).param(dtype())
                .output("result", "the footprint, on the chosen backend")
                .invoker(a -> OpOutputs.result(Morphology.cube(a.backend(), a.integer("width"), dtypeOf(a)))).build());
        for (String f : new String[] {"diamond", "disk", "ball", "octahedron"}) {
            r.add(OpSpec.builder(P + f).summary("A flat " + f + "-shaped footprint of side 2 * radius + 1.")
                    .param(ParamSpec.required("radius", ParamTypes.INT, "the radius, >= 0")).param(dtype())
                    .output("result", "the footprint, on the chosen backend")
                    .invoker(a -> {
                        int rad = a.integer("radius");
                        switch (f) {
                            case "diamond": return OpOutputs.result(Morphology.diamond(a.backend(), rad, dtypeOf(a)));
                            case "disk": return OpOutputs.result(Morphology.disk(a.backend(), rad, dtypeOf(a)));
                            case "ball": return OpOutputs.result(Morphology.ball(a.backend(), rad, dtypeOf(a)));
                            default: return OpOutputs.result(Morphology.octahedron(a.backend(), rad, dtypeOf(a)));
                        }
                    }).build());
        }
        for (String f : new String[] {"local_maxima", "local_minima"}) {
            boolean max = f.equals("local_maxima");
            r.add(OpSpec.builder(P + f)
                    .summary("Bool image of the plateaus strictly " + (max ? "above" : "below") + " all their neighbours.")
                    .input("image", "the image")
                    .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE,
                            "3x...x3 neighbourhood as @file.npy (non-zero is true); wins over connectivity"))
                    .param(ParamSpec.optionalNone("connectivity", ParamTypes.INT,
                            "squared distance of the neighbours; none: ndim"))
                    .param(ParamSpec.optional("indices", ParamTypes.BOOL, "false",
                            "true: the coordinates per axis (NumPy's nonzero of the mask)"))
                    .param(ParamSpec.optional("allow_borders", ParamTypes.BOOL, "true",
                            "whether plateaus touching the image's edge can be " + (max ? "maxima" : "minima")))
                    .outputSequence("result", "the bool mask, or with indices one int64 array per axis")
                    .invoker(a -> {
                        NDArray in = a.input(0);
                        Integer conn = a.isNone("connectivity") ? null : a.integer("connectivity");
                        try (NDArray fp = upload(a, "footprint", in)) {
                            NDArray mask = max ? Morphology.localMaxima(in, fp, conn, a.flag("allow_borders"))
                                    : Morphology.localMinima(in, fp, conn, a.flag("allow_borders"));
                            OpOutputs out = new OpOutputs();
                            if (!a.flag("indices")) {
                                return out.array(ArraySpec.elementName("result", 0), mask);
                            }
                            try (NDArray m = mask) {
                                NDArray[] parts = org.sciaccel.numpy.Numpy.nonzero(m);
                                for (int i = 0; i < parts.length; i++) {
                                    out.array(ArraySpec.elementName("result", i), parts[i]);
                                }
                                return out;
                            }
                        }
                    }).build());
        }
        for (String f : new String[] {"h_maxima", "h_minima"}) {
            boolean max = f.equals("h_maxima");
            r.add(OpSpec.builder(P + f)
                    .summary("uint8 mask of the " + (max ? "maxima of height" : "minima of depth") + " at least h.")
                    .input("image", "the image")
                    .param(ParamSpec.required("h", ParamTypes.REAL_NUMBER, "the height, > 0"))
                    .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE,
                            FOOTPRINT_DOC + "; none: ones 3x...x3"))
                    .output("result", "uint8 0/1")
                    .invoker(a -> {
                        NDArray in = a.input(0);
                        try (NDArray fp = upload(a, "footprint", in)) {
                            return OpOutputs.result(max ? Morphology.hMaxima(in, a.real("h"), fp)
                                    : Morphology.hMinima(in, a.real("h"), fp));
                        }
                    }).build());
        }
        r.add(OpSpec.builder(P + "reconstruction")
                .summary("Grey reconstruction of seed under (dilation) or over (erosion) mask.")
                .input("seed", "the seed image").input("mask", "the mask image, of the seed's shape")
                .param(ParamSpec.optional("method", ParamTypes.STRING, "dilation", "dilation or erosion"))
                .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE, FOOTPRINT_DOC + "; none: ones 3x...x3"))
                .param(ParamSpec.optionalNone("offset", ParamTypes.INT_PER_AXIS, "the footprint's centre, one per axis"))
                .output("result", "float64")
                .invoker(a -> {
                    NDArray seed = a.input(0);
                    try (NDArray fp = upload(a, "footprint", seed)) {
                        return OpOutputs.result(Morphology.reconstruction(seed, a.input(1), a.text("method"), fp,
                                a.isNone("offset") ? null : a.integers("offset")));
                    }
                }).build());
        r.add(OpSpec.builder(P + "remove_small_objects")
                .summary("A copy with the connected components smaller than min_size removed.")
                .input("ar", "bool image (labelled here) or integer labels")
                .param(ParamSpec.optional("min_size", ParamTypes.INT64, "64", "the smallest size kept"))
                .param(ParamSpec.optional("connectivity", ParamTypes.INT, "1", "labelling connectivity of bool input"))
                .output("result", "the input's dtype")
                .invoker(a -> OpOutputs.result(Morphology.removeSmallObjects(a.input(0), a.int64("min_size"),
                        a.integer("connectivity")))).build());
        r.add(OpSpec.builder(P + "remove_small_holes")
                .summary("A bool copy with the holes smaller than area_threshold filled.")
                .input("ar", "bool image or integer labels (read as != 0)")
                .param(ParamSpec.optional("area_threshold", ParamTypes.INT64, "64", "the largest hole filled is one smaller"))
                .param(ParamSpec.optional("connectivity", ParamTypes.INT, "1", "connectivity of the holes"))
                .output("result", "bool")
                .invoker(a -> OpOutputs.result(Morphology.removeSmallHoles(a.input(0), a.int64("area_threshold"),
                        a.integer("connectivity")))).build());
    }
}
