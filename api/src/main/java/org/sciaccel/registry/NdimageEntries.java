package org.sciaccel.registry;

import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Ndimage;

/** The {@code scipy.ndimage} ops of the CLI, with SciPy 1.10's parameter names and defaults. */
public final class NdimageEntries implements OpEntries {
    private static final String INPUT_DOC = "array to filter (any real dtype)";
    private static final String OUTPUT_DOC = "dtype of the result; none means the input's dtype";
    private static final String MODE_DOC = "how the input is extended beyond its edges";
    private static final String CVAL_DOC = "value beyond the edges when mode is constant";
    /** The linear filters take complex data: a complex cval pads a complex input component by component. */
    static final String COMPLEX_CVAL_DOC = "value beyond the edges when mode is constant; complex (1+2j) for a complex input";
    private static final String TRUNCATE_DOC = "truncate the kernel at this many standard deviations";

    @Override
    public SpiFamily family() {
        return SpiFamily.NDIMAGE;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(gaussianFilter());
        registry.add(gaussianFilter1d());
        registry.add(correlate1d());
        NdimageFilterEntries.register(registry);
    }

    private static OpSpec gaussianFilter() {
        return OpSpec.builder("ndimage.gaussian_filter")
                .summary("Multidimensional Gaussian filter: smoothing, or Gaussian derivatives with order > 0.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("sigma", ParamTypes.REAL_PER_AXIS,
                        "standard deviation of the Gaussian; axes with sigma 0 are left alone"))
                .param(ParamSpec.optional("order", ParamTypes.INT_PER_AXIS, "0",
                        "0 smooths; 1, 2, 3 convolve with that derivative of the Gaussian"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC))
                .param(ParamSpec.optional("truncate", ParamTypes.REAL_NUMBER, "4.0", TRUNCATE_DOC))
                .param(ParamSpec.optionalNone("radius", ParamTypes.INT_PER_AXIS,
                        "kernel radius per axis, overriding truncate"))
                .output("result", "the filtered array")
                .invoker(a -> OpOutputs.result(Ndimage.gaussianFilter(a.input(0), a.reals("sigma"), options(a))))
                .build();
    }

    private static OpSpec gaussianFilter1d() {
        return OpSpec.builder("ndimage.gaussian_filter1d")
                .summary("One-dimensional Gaussian filter along one axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("sigma", ParamTypes.REAL_NUMBER, "standard deviation of the Gaussian, > 0"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to filter along; negative counts from the end"))
                .param(ParamSpec.optional("order", ParamTypes.INT, "0",
                        "0 smooths; 1, 2, 3 convolve with that derivative of the Gaussian"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC))
                .param(ParamSpec.optional("truncate", ParamTypes.REAL_NUMBER, "4.0", TRUNCATE_DOC))
                .param(ParamSpec.optionalNone("radius", ParamTypes.INT, "kernel radius, overriding truncate"))
                .output("result", "the filtered array")
                .invoker(a -> {
                    GaussianOptions o = GaussianOptions.defaults()
                            .order(a.integer("order"))
                            .mode(a.mode("mode"))
                            .cval(a.complexNumber("cval")[0], a.complexNumber("cval")[1])
                            .truncate(a.real("truncate"))
                            .output(a.dtype("output"));
                    if (!a.isNone("radius")) {
                        o.radius(a.integer("radius"));
                    }
                    return OpOutputs.result(Ndimage.gaussianFilter1d(a.input(0), a.real("sigma"), a.integer("axis"), o));
                })
                .build();
    }

    private static OpSpec correlate1d() {
        return OpSpec.builder("ndimage.correlate1d")
                .summary("One-dimensional correlation with the given weights along one axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("weights", ParamTypes.COMPLEX_ARRAY, "the filter weights (complex ones as 1+2j)"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to correlate along; negative counts from the end"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT, "0", "shifts the filter; 0 centres it"))
                .output("result", "the correlated array")
                .invoker(a -> OpOutputs.result(Ndimage.correlate1d(a.input(0), a.complexArray("weights")[0],
                        a.complexArray("weights")[1], a.integer("axis"), a.mode("mode"), a.complexNumber("cval")[0],
                        a.complexNumber("cval")[1], a.integer("origin"), a.dtype("output"))))
                .build();
    }

    private static GaussianOptions options(OpArgs a) {
        GaussianOptions o = GaussianOptions.defaults()
                .order(a.integers("order"))
                .mode(a.modes("mode"))
                .cval(a.complexNumber("cval")[0], a.complexNumber("cval")[1])
                .truncate(a.real("truncate"))
                .output(a.dtype("output"));
        if (!a.isNone("radius")) {
            o.radius(a.integers("radius"));
        }
        return o;
    }
}
