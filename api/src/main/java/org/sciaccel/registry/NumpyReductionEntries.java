package org.sciaccel.registry;

import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * The registry entries of NumPy's reductions and accumulations over axes: sum, prod, mean, std, var, min, max,
 * amin, amax, argmin, argmax, ptp, any, all, count_nonzero, the nan-ignoring forms, cumsum, cumprod, diff, under
 * NumPy's qualified names and NumPy 1.24's parameter names and defaults (NumPy's {@code out}, {@code where} and
 * {@code initial} are not offered). {@code axis} is one axis or a comma list ({@code axis=0,-1}); {@code none}
 * is every axis.
 */
public final class NumpyReductionEntries implements OpEntries {
    private static final String A_DOC = "input array (any dtype)";
    private static final String AXIS_DOC = "axis or comma list of axes to reduce (negative count from the end); none: all";
    private static final String KEEPDIMS_DOC = "keep the reduced axes with extent 1";
    private static final String DTYPE_DOC = "the loop and result dtype; none: NumPy's default for the op";

    /** A reduction given its array and options. */
    private interface Reduce {
        NDArray apply(NDArray a, ReductionOptions o);
    }

    @Override
    public SpiFamily family() {
        return SpiFamily.REDUCTION;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(reduction("numpy.sum", "Sum of the elements over the given axes (integers wrap around).", true, false,
                Numpy::sum));
        registry.add(reduction("numpy.prod", "Product of the elements over the given axes.", true, false, Numpy::prod));
        registry.add(reduction("numpy.nansum", "Sum of the elements, NaN counted as zero.", true, false, Numpy::nansum));
        registry.add(reduction("numpy.mean", "Arithmetic mean (float64 for integer inputs).", true, false, Numpy::mean));
        registry.add(reduction("numpy.nanmean", "Arithmetic mean of the elements that are not NaN.", true, false,
                Numpy::nanmean));
        registry.add(reduction("numpy.var", "Variance, divided by n - ddof.", true, true, Numpy::var));
        registry.add(reduction("numpy.std", "Standard deviation, the square root of var.", true, true, Numpy::std));
        registry.add(reduction("numpy.nanvar", "Variance of the elements that are not NaN.", true, true, Numpy::nanvar));
        registry.add(reduction("numpy.nanstd", "Standard deviation of the elements that are not NaN.", true, true,
                Numpy::nanstd));
        registry.add(reduction("numpy.amin", "Smallest element (NaN propagates).", false, false, Numpy::amin));
        registry.add(reduction("numpy.amax", "Largest element (NaN propagates).", false, false, Numpy::amax));
        registry.add(reduction("numpy.min", "Smallest element (NumPy's alias of amin).", false, false, Numpy::min));
        registry.add(reduction("numpy.max", "Largest element (NumPy's alias of amax).", false, false, Numpy::max));
        registry.add(reduction("numpy.nanmin", "Smallest element, NaN ignored (NaN for an all-NaN slice, with a warning).",
                false, false, Numpy::nanmin));
        registry.add(reduction("numpy.nanmax", "Largest element, NaN ignored (NaN for an all-NaN slice, with a warning).",
                false, false, Numpy::nanmax));
        registry.add(reduction("numpy.ptp", "Range max - min, in the input's dtype.", false, false, Numpy::ptp));
        registry.add(reduction("numpy.any", "Whether any element is non-zero.", false, false, Numpy::any));
        registry.add(reduction("numpy.all", "Whether every element is non-zero.", false, false, Numpy::all));
        registry.add(reduction("numpy.count_nonzero", "Number of non-zero elements (int64).", false, false,
                Numpy::countNonzero));
        registry.add(arg("numpy.argmin", "Index of the first smallest element (flat for axis none).", false));
        registry.add(arg("numpy.argmax", "Index of the first largest element (flat for axis none).", true));
        registry.add(scan("numpy.cumsum", "Running sum along an axis (axis none: of the flattened array).", false));
        registry.add(scan("numpy.cumprod", "Running product along an axis (axis none: of the flattened array).", true));
        registry.add(OpSpec.builder("numpy.diff")
                .summary("The n-th difference along an axis, a[1:] - a[:-1] taken n times (bool: !=).")
                .input("a", A_DOC)
                .param(ParamSpec.optional("n", ParamTypes.INT, "1", "number of times to take the difference, >= 0"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis along which to take it"))
                .output("result", "the difference, the axis n shorter (at least 0), the input's dtype")
                .invoker(a -> OpOutputs.result(Numpy.diff(a.input(0), a.integer("n"), a.integer("axis"))))
                .build());
    }

    /** A reduction over axes: (a, axis, [dtype], [ddof], keepdims) in NumPy's parameter order. */
    private static OpSpec reduction(String name, String summary, boolean dtype, boolean ddof, Reduce f) {
        OpSpec.Builder b = OpSpec.builder(name)
                .summary(summary)
                .input("a", A_DOC)
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT_PER_AXIS, AXIS_DOC));
        if (dtype) {
            b.param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC));
        }
        if (ddof) {
            b.param(ParamSpec.optional("ddof", ParamTypes.REAL_NUMBER, "0", "delta degrees of freedom: divide by n - ddof"));
        }
        b.param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", KEEPDIMS_DOC));
        return b.output("result", "the reduction (a 0-d array over every axis)")
                .invoker(a -> {
                    ReductionOptions o = ReductionOptions.defaults().keepdims(a.flag("keepdims"));
                    if (!a.isNone("axis")) {
                        o = o.axis(a.integers("axis"));
                    }
                    if (dtype) {
                        o = o.dtype(a.dtype("dtype"));
                    }
                    if (ddof) {
                        o = o.ddof(a.real("ddof"));
                    }
                    return OpOutputs.result(f.apply(a.input(0), o));
                })
                .build();
    }

    private static OpSpec arg(String name, String summary, boolean max) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", A_DOC)
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, "axis to search along; none: the flattened array"))
                .param(ParamSpec.optional("keepdims", ParamTypes.BOOL, "false", KEEPDIMS_DOC))
                .output("result", "the indices (int64)")
                .invoker(a -> {
                    Integer axis = a.isNone("axis") ? null : a.integer("axis");
                    return OpOutputs.result(max ? Numpy.argmax(a.input(0), axis, a.flag("keepdims"))
                            : Numpy.argmin(a.input(0), axis, a.flag("keepdims")));
                })
                .build();
    }

    private static OpSpec scan(String name, String summary, boolean product) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("a", A_DOC)
                .param(ParamSpec.optionalNone("axis", ParamTypes.INT, "axis to accumulate along; none: the flattened array"))
                .param(ParamSpec.optionalNone("dtype", ParamTypes.DTYPE, DTYPE_DOC))
                .output("result", "the running " + (product ? "products" : "sums"))
                .invoker(a -> {
                    Integer axis = a.isNone("axis") ? null : a.integer("axis");
                    return OpOutputs.result(product ? Numpy.cumprod(a.input(0), axis, a.dtype("dtype"))
                            : Numpy.cumsum(a.input(0), axis, a.dtype("dtype")));
                })
                .build();
    }
}
