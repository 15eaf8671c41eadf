package org.sciaccel.registry;

import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * The {@code scipy.ndimage} filter family of the CLI: convolutions and rank filters with
 * SciPy 1.10's parameter names and defaults, and scipy.signal's median filters. Registered from {@link NdimageEntries}. The rank
 * filters and minimum/maximum_filter take SciPy's {@code size} or {@code footprint} (a {@code @file.npy}; it wins
 * over size, as in SciPy).
 */
final class NdimageFilterEntries {
    private static final String INPUT_DOC = "array to filter (any real dtype)";
    private static final String OUTPUT_DOC = "dtype of the result; none means the input's dtype";
    private static final String MODE_DOC = "how the input is extended beyond its edges";
    private static final String CVAL_DOC = "value beyond the edges when mode is constant";
    /** correlate / convolve take one mode; SciPy refuses a sequence with RuntimeError, and so do they. */
    private static final String ONE_MODE_DOC = MODE_DOC + "; one mode for all axes (a sequence is refused, as SciPy's)";
    /** The rank filters take a mode per axis only where SciPy runs them as separable minimum/maximum filters. */
    private static final String RANK_MODE_DOC = MODE_DOC + "; one per axis only for a rank that is the first or"
            + " last of a full box (SciPy's separable minimum/maximum)";
    /** The linear filters take complex data: a complex cval pads a complex input component by component. */
    static final String COMPLEX_CVAL_DOC = "value beyond the edges when mode is constant; complex (1+2j) for a complex input";
    private static final String ORIGIN_DOC = "shifts the filter, one value or one per axis; 0 centres it";
    private static final String SIZE_DOC = "window shape: one length or one per axis";
    private static final String WINDOW_SIZE_DOC = SIZE_DOC + "; none when a footprint is given";
    private static final String FOOTPRINT_DOC = "window as @file.npy (its non-zero elements); overrides size";

    private NdimageFilterEntries() {
    }

    static void register(OpRegistry registry) {
        registry.add(convolve1d());
        registry.add(correlateNd("ndimage.correlate", "Multidimensional correlation with an n-D weights array.", false));
        registry.add(correlateNd("ndimage.convolve", "Multidimensional convolution with an n-D weights array.", true));
        registry.add(rank("ndimage.median_filter", "Median over a window of the given size.", false, false));
        registry.add(rank("ndimage.rank_filter", "The rank-th smallest value over a window (negative ranks count "
                + "from the largest).", true, false));
        registry.add(rank("ndimage.percentile_filter", "A percentile (-100 to 100) of the values in a window.",
                false, true));
        registry.add(line("ndimage.uniform_filter1d", "Mean over a window of the given size along one axis."));
        registry.add(line("ndimage.minimum_filter1d", "Minimum over a window of the given size along one axis."));
        registry.add(line("ndimage.maximum_filter1d", "Maximum over a window of the given size along one axis."));
        registry.add(box("ndimage.uniform_filter", "Multidimensional mean over a box (1-D passes, running sums)."));
        registry.add(box("ndimage.minimum_filter", "Multidimensional minimum over a box (1-D passes)."));
        registry.add(box("ndimage.maximum_filter", "Multidimensional maximum over a box (1-D passes)."));
        registry.add(edge("ndimage.sobel", "Sobel derivative along one axis."));
        for (String name : new String[] {"signal.medfilt", "signal.medfilt2d"}) {
            registry.add(OpSpec.builder(name)
                    .summary(name.endsWith("2d") ? "Two-dimensional median filter with zero padding."
                            : "Median filter with zero padding.")
                    .input(name.endsWith("2d") ? "input" : "volume", "array to filter (real, not bool)")
                    .param(ParamSpec.optional("kernel_size", ParamTypes.INT_PER_AXIS, "3",
                            "odd window length, one or one per axis"))
                    .output("result", "the filtered array")
                    .invoker(a -> OpOutputs.result(name.endsWith("2d")
                            ? org.sciaccel.signal.Signal.medfilt2d(a.input(0), a.integers("kernel_size"))
                            : org.sciaccel.signal.Signal.medfilt(a.input(0), a.integers("kernel_size"))))
                    .build());
        }
        registry.add(OpSpec.builder("signal.wiener")
                .summary("Wiener filter: local mean where the local variance is below the noise, else a shrunk value"
                        + " (float64 result).")
                .input("im", "array to filter (real, not bool)")
                .param(ParamSpec.optionalNone("mysize", ParamTypes.INT_PER_AXIS,
                        "window size, one or one per axis; none for 3"))
                .param(ParamSpec.optionalNone("noise", ParamTypes.REAL_NUMBER,
                        "noise power; none for the mean local variance"))
                .output("result", "the filtered array")
                .invoker(a -> OpOutputs.result(org.sciaccel.signal.Signal.wiener(a.input(0), a.integers("mysize"),
                        a.isNone("noise") ? null : a.real("noise"))))
                .build());
        for (String name : new String[] {"signal.convolve2d", "signal.correlate2d"}) {
            boolean convolve = name.equals("signal.convolve2d");
            registry.add(OpSpec.builder(name)
                    .summary(convolve ? "Two-dimensional convolution with output size and boundary as SciPy's."
                            : "Two-dimensional cross-correlation with output size and boundary as SciPy's.")
                    .input("in1", "first 2-D input (real, not bool)")
                    .input("in2", "second 2-D input, the kernel")
                    .param(ParamSpec.optional("mode", ParamTypes.STRING, "full", "output size: full, same or valid"))
                    .param(ParamSpec.optional("boundary", ParamTypes.STRING, "fill",
                            "beyond the edges: fill, wrap (circular) or symm (symmetric)"))
                    .param(ParamSpec.optional("fillvalue", SignalParamTypes.FILL_VALUE, "0",
                            "value beyond the edges for fill (complex only for complex inputs)"))
                    .output("result", convolve ? "the convolved array" : "the correlated array")
                    .invoker(a -> {
                        double[] fill = a.object("fillvalue", double[].class);
                        double im = fill.length > 1 ? fill[1] : 0.0;
                        if (convolve) {
                            return OpOutputs.result(fill.length > 1
                                    ? org.sciaccel.signal.Signal.convolve2d(a.input(0), a.input(1), a.text("mode"),
                                            a.text("boundary"), fill[0], im)
                                    : org.sciaccel.signal.Signal.convolve2d(a.input(0), a.input(1), a.text("mode"),
                                            a.text("boundary"), fill[0]));
                        }
                        return OpOutputs.result(fill.length > 1
                                ? org.sciaccel.signal.Signal.correlate2d(a.input(0), a.input(1), a.text("mode"),
                                        a.text("boundary"), fill[0], im)
                                : org.sciaccel.signal.Signal.correlate2d(a.input(0), a.input(1), a.text("mode"),
                                        a.text("boundary"), fill[0]));
                    })
                    .build());
        }
        registry.add(edge("ndimage.prewitt", "Prewitt derivative along one axis."));
        registry.add(OpSpec.builder("ndimage.laplace")
                .summary("Laplace filter: sum over the axes of the second difference [1, -2, 1].")
                .input("input", INPUT_DOC)
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .output("result", "the filtered array")
                .invoker(a -> OpOutputs.result(Ndimage.laplace(a.input(0), a.modes("mode"), a.real("cval"),
                        a.dtype("output"))))
                .build());
        registry.add(gaussianDerivative("ndimage.gaussian_laplace", "Laplace filter with Gaussian second derivatives."));
        registry.add(gaussianDerivative("ndimage.gaussian_gradient_magnitude",
                "Gradient magnitude with Gaussian first derivatives."));
        registry.add(OpSpec.builder("ndimage.generic_gradient_magnitude")
                .summary("Gradient magnitude with a built-in derivative (sobel or prewitt) or a Java function.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("derivative", ParamTypes.DERIVATIVE,
                        "sobel or prewitt; from Java also an Ndimage.AxisDerivative"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .output("result", "the gradient magnitude")
                .invoker(a -> {
                    Object d = a.object("derivative", Object.class);
                    if (d instanceof Ndimage.AxisDerivative) {
                        return OpOutputs.result(Ndimage.genericGradientMagnitude(a.input(0), (Ndimage.AxisDerivative) d,
                                a.modes("mode"), a.real("cval"), a.dtype("output")));
                    }
                    return OpOutputs.result(Ndimage.genericGradientMagnitude(a.input(0),
                            a.object("derivative", Ndimage.Derivative.class), a.modes("mode"), a.real("cval"),
                            a.dtype("output")));
                })
                .build());
    }

    private static OpSpec edge(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis of the derivative"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .output("result", "the derivative")
                .invoker(a -> OpOutputs.result(name.endsWith("sobel")
                        ? Ndimage.sobel(a.input(0), a.integer("axis"), a.modes("mode"), a.real("cval"), a.dtype("output"))
                        : Ndimage.prewitt(a.input(0), a.integer("axis"), a.modes("mode"), a.real("cval"),
                                a.dtype("output"))))
                .build();
    }

    private static OpSpec gaussianDerivative(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("sigma", ParamTypes.REAL_PER_AXIS, "standard deviation of the Gaussian"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .param(ParamSpec.optional("truncate", ParamTypes.REAL_NUMBER, "4.0",
                        "truncate the kernel at this many standard deviations"))
                .output("result", "the filtered array")
                .invoker(a -> OpOutputs.result(name.endsWith("gaussian_laplace")
                        ? Ndimage.gaussianLaplace(a.input(0), a.reals("sigma"), a.modes("mode"), a.real("cval"),
                                a.real("truncate"), a.dtype("output"))
                        : Ndimage.gaussianGradientMagnitude(a.input(0), a.reals("sigma"), a.modes("mode"),
                                a.real("cval"), a.real("truncate"), a.dtype("output"))))
                .build();
    }

    private static OpSpec line(String name, String summary) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("size", ParamTypes.INT, "window length, >= 1"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to filter along; negative counts from the end"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "reflect", MODE_DOC))
                .param(name.endsWith("uniform_filter1d")
                        ? ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC)
                        : ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT, "0", "shifts the window; 0 centres it"))
                .output("result", "the filtered array")
                .invoker(a -> {
                    int size = a.integer("size");
                    int axis = a.integer("axis");
                    int origin = a.integer("origin");
                    if (name.endsWith("uniform_filter1d")) {
                        return OpOutputs.result(Ndimage.uniformFilter1d(a.input(0), size, axis, a.mode("mode"),
                                a.complexNumber("cval")[0], a.complexNumber("cval")[1], origin, a.dtype("output")));
                    }
                    if (name.endsWith("minimum_filter1d")) {
                        return OpOutputs.result(Ndimage.minimumFilter1d(a.input(0), size, axis, a.mode("mode"),
                                a.real("cval"), origin, a.dtype("output")));
                    }
                    return OpOutputs.result(Ndimage.maximumFilter1d(a.input(0), size, axis, a.mode("mode"),
                            a.real("cval"), origin, a.dtype("output")));
                })
                .build();
    }

    private static OpSpec box(String name, String summary) {
        boolean uniform = name.endsWith("uniform_filter");
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC);
        if (uniform) {
            b.param(ParamSpec.required("size", ParamTypes.INT_PER_AXIS, SIZE_DOC));
        } else {
            b.param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, WINDOW_SIZE_DOC))
                    .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE, FOOTPRINT_DOC));
        }
        return b.param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", MODE_DOC))
                .param(uniform ? ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC)
                        : ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", ORIGIN_DOC))
                .output("result", "the filtered array")
                .invoker(a -> {
                    FilterOptions o = FilterOptions.defaults().mode(a.modes("mode"))
                            .origin(a.integers("origin")).output(a.dtype("output"));
                    if (uniform) {
                        o.cval(a.complexNumber("cval")[0], a.complexNumber("cval")[1]);
                    } else {
                        o.cval(a.real("cval"));
                    }
                    if (uniform) {
                        return OpOutputs.result(Ndimage.uniformFilter(a.input(0), a.integers("size"), o));
                    }
                    boolean minimum = name.endsWith("minimum_filter");
                    try (NDArray f = footprint(a)) {
                        if (f != null) {
                            return OpOutputs.result(minimum ? Ndimage.minimumFilter(a.input(0), f, o)
                                    : Ndimage.maximumFilter(a.input(0), f, o));
                        }
                    }
                    int[] size = windowSize(a, name);
                    return OpOutputs.result(minimum ? Ndimage.minimumFilter(a.input(0), size, o)
                            : Ndimage.maximumFilter(a.input(0), size, o));
                })
                .build();
    }

    private static OpSpec convolve1d() {
        return OpSpec.builder("ndimage.convolve1d")
                .summary("One-dimensional convolution with the given weights along one axis.")
                .input("input", INPUT_DOC)
                .param(ParamSpec.required("weights", ParamTypes.COMPLEX_ARRAY, "the filter weights (complex ones as 1+2j)"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to convolve along; negative counts from the end"))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE, "reflect", MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT, "0", "shifts the filter; 0 centres it"))
                .output("result", "the convolved array")
                .invoker(a -> OpOutputs.result(Ndimage.convolve1d(a.input(0), a.complexArray("weights")[0],
                        a.complexArray("weights")[1], a.integer("axis"), a.mode("mode"), a.complexNumber("cval")[0],
                        a.complexNumber("cval")[1], a.integer("origin"), a.dtype("output"))))
                .build();
    }

    private static OpSpec correlateNd(String name, String summary, boolean convolve) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .input("weights", "filter weights with as many dimensions as the input (real or complex)")
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", ONE_MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.COMPLEX_NUMBER, "0.0", COMPLEX_CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", ORIGIN_DOC))
                .output("result", convolve ? "the convolved array" : "the correlated array")
                .invoker(a -> OpOutputs.result(convolve ? Ndimage.convolve(a.input(0), a.input(1), options(a))
                        : Ndimage.correlate(a.input(0), a.input(1), options(a))))
                .build();
    }

    private static OpSpec rank(String name, String summary, boolean hasRank, boolean hasPercentile) {
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC);
        if (hasRank) {
            b.param(ParamSpec.required("rank", ParamTypes.INT, "0-based rank; negative counts from the largest"));
        }
        if (hasPercentile) {
            b.param(ParamSpec.required("percentile", ParamTypes.REAL_NUMBER,
                    "percentile, -100 to 100 (negative: 100 + percentile)"));
        }
        return b.param(ParamSpec.optionalNone("size", ParamTypes.INT_PER_AXIS, WINDOW_SIZE_DOC))
                .param(ParamSpec.optionalNone("footprint", MorphologyEntries.ARRAY_FILE, FOOTPRINT_DOC))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, OUTPUT_DOC))
                .param(ParamSpec.optional("mode", ParamTypes.MODE_PER_AXIS, "reflect", RANK_MODE_DOC))
                .param(ParamSpec.optional("cval", ParamTypes.REAL_NUMBER, "0.0", CVAL_DOC))
                .param(ParamSpec.optional("origin", ParamTypes.INT_PER_AXIS, "0", ORIGIN_DOC))
                .output("result", "the filtered array")
                .invoker(a -> {
                    try (NDArray f = footprint(a)) {
                        if (f != null) {
                            if (hasRank) {
                                return OpOutputs.result(Ndimage.rankFilter(a.input(0), a.integer("rank"), f, options(a)));
                            }
                            if (hasPercentile) {
                                return OpOutputs.result(Ndimage.percentileFilter(a.input(0), a.real("percentile"), f,
                                        options(a)));
                            }
                            return OpOutputs.result(Ndimage.medianFilter(a.input(0), f, options(a)));
                        }
                    }
                    int[] size = windowSize(a, name);
                    if (hasRank) {
                        return OpOutputs.result(Ndimage.rankFilter(a.input(0), a.integer("rank"), size, options(a)));
                    }
                    if (hasPercentile) {
                        return OpOutputs.result(Ndimage.percentileFilter(a.input(0), a.real("percentile"), size,
                                options(a)));
                    }
                    return OpOutputs.result(Ndimage.medianFilter(a.input(0), size, options(a)));
                })
                .build();
    }

    /** The footprint parameter on the input's backend, or null for none; the caller closes it. */
    private static NDArray footprint(OpArgs a) {
        return a.isNone("footprint") ? null
                : NDArray.fromHost(a.input(0).backend(), a.object("footprint", HostArray.class));
    }

    /** The size parameter where no footprint is given; SciPy raises the same complaint when both are None. */
    private static int[] windowSize(OpArgs a, String name) {
        if (a.isNone("size")) {
            throw new IllegalArgumentException(name + ": no footprint or filter size provided");
        }
        return a.integers("size");
    }

    private static FilterOptions options(OpArgs a) {
        FilterOptions o = FilterOptions.defaults()
                .mode(a.modes("mode"))
                .origin(a.integers("origin"))
                .output(a.dtype("output"));
        // correlate and convolve take a complex cval (COMPLEX_NUMBER), the rank filters a real one.
        Object cval = a.object("cval", Object.class);
        if (cval instanceof double[]) {
            double[] c = (double[]) cval;
            return o.cval(c[0], c[1]);
        }
        return o.cval(a.real("cval"));
    }
}
