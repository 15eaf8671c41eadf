package org.sciaccel.registry;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Ndimage;

/**
 * {@code scipy.ndimage}'s Fourier-domain filters ({@code fourier_gaussian}, {@code fourier_uniform},
 * {@code fourier_ellipsoid}, {@code fourier_shift}) with SciPy 1.10's parameters and defaults, served
 * by {@link org.sciaccel.spi.FourierOps}.
 */
final class FourierEntries implements OpEntries {
    private static final String INPUT_DOC = "a Fourier transform: complex (fftn's output) or real (rfftn's with n)";
    private static final String N_DOC = "negative: the input is a complex FFT's output; otherwise a real FFT's, and n"
            + " the signal's length along axis before it";
    private static final String AXIS_DOC = "the axis of the real FFT; negative counts from the end";
    private static final String OUTPUT_DOC = "dtype of the result (float32, float64, complex64, complex128); none:"
            + " complex64, complex128 and float32 keep theirs, others give float64";

    /** A filter's call onto the facade. */
    private interface Call {
        NDArray apply(NDArray input, double[] values, int n, int axis, DType output);
    }

    @Override
    public SpiFamily family() {
        return SpiFamily.FOURIER;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(filter("ndimage.fourier_gaussian", "Multiplies a Fourier transform by a Gaussian's transform.",
                "sigma", "the Gaussian's standard deviation, one value or one per axis", OUTPUT_DOC,
                Ndimage::fourierGaussian));
        registry.add(filter("ndimage.fourier_uniform", "Multiplies a Fourier transform by a box's transform.",
                "size", "the box's size, one value or one per axis", OUTPUT_DOC, Ndimage::fourierUniform));
        registry.add(filter("ndimage.fourier_ellipsoid", "Multiplies a Fourier transform by an ellipsoid's transform"
                + " (1-D, 2-D and 3-D inputs).", "size", "the ellipsoid's sizes, one value or one per axis", OUTPUT_DOC,
                Ndimage::fourierEllipsoid));
        registry.add(filter("ndimage.fourier_shift", "Multiplies a Fourier transform by a shift's transform.",
                "shift", "the shift, one value or one per axis",
                "dtype of the result (complex64, complex128); none: a complex input's, else complex128",
                Ndimage::fourierShift));
    }

    private static OpSpec filter(String name, String summary, String param, String paramDoc, String outputDoc,
            Call call) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("input", INPUT_DOC)
                .param(ParamSpec.required(param, ParamTypes.REAL_PER_AXIS, paramDoc))
                .param(ParamSpec.optional("n", ParamTypes.INT, "-1", N_DOC))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", AXIS_DOC))
                .param(ParamSpec.optionalNone("output", ParamTypes.DTYPE, outputDoc))
                .output("result", "the filtered transform")
                .invoker(a -> OpOutputs.result(call.apply(a.input(0), a.reals(param), a.integer("n"), a.integer("axis"),
                        a.dtype("output"))))
                .build();
    }
}
