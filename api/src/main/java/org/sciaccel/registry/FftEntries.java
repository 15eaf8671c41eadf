package org.sciaccel.registry;

import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.fft.Fftpack;
import org.sciaccel.signal.Signal;

/**
 * The {@code scipy.fft} and {@code scipy.fftpack} ops and scipy.signal's spectral functions (the
 * FFT-based ones and the windows), with SciPy 1.10's parameter names and defaults. Functions that
 * take no array ({@code fftfreq}, {@code rfftfreq}, the windows) create their result on the chosen
 * backend.
 */
public final class FftEntries implements OpEntries {
    private static final String X_DOC = "input array (real or complex; integers are promoted to float64)";
    private static final String NORM_DOC = "backward (1/n on the inverse), ortho (1/sqrt(n) both ways) or forward";
    private static final String N_DOC = "length of the transformed axis (crop or zero-pad); none keeps the input's";
    private static final String S_DOC = "lengths of the transformed axes (crop or zero-pad); none keeps the input's";

    /** One-dimensional transforms: (x, n, axis, norm). */
    private interface OneD {
        NDArray apply(NDArray x, Integer n, int axis, String norm);
    }

    /** N-dimensional transforms: (x, s, axes, norm). */
    private interface ND {
        NDArray apply(NDArray x, int[] s, int[] axes, String norm);
    }

    @Override
    public SpiFamily family() {
        return SpiFamily.FFT;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(frequencies("fft.fftfreq", "Sample frequencies of fft: [0, 1, ..., n/2-1, -n/2, ..., -1] / (d*n).",
                false));
        registry.add(frequencies("fft.rfftfreq", "Sample frequencies of rfft: [0, 1, ..., n/2] / (d*n).", true));
        registry.add(nextFastLen());
        registry.add(oneD("fft.fft", "One-dimensional discrete Fourier transform.", Fft::fft));
        registry.add(oneD("fft.ifft", "One-dimensional inverse discrete Fourier transform.", Fft::ifft));
        registry.add(oneD("fft.rfft", "Discrete Fourier transform of a real input: the n/2+1 non-negative frequencies.",
                Fft::rfft));
        registry.add(oneD("fft.irfft", "Inverse of rfft: a real signal of length n (default 2*(m-1)).", Fft::irfft));
        registry.add(oneD("fft.hfft", "Transform of a Hermitian-symmetric signal given by its first half: a real result.",
                Fft::hfft));
        registry.add(oneD("fft.ihfft", "Inverse of hfft: the first n/2+1 values of the inverse transform of a real input.",
                Fft::ihfft));
        registry.add(nD("fft.fft2", "Two-dimensional discrete Fourier transform.", "-2,-1", Fft::fft2));
        registry.add(nD("fft.ifft2", "Two-dimensional inverse discrete Fourier transform.", "-2,-1", Fft::ifft2));
        registry.add(nD("fft.rfft2", "Two-dimensional transform of a real input.", "-2,-1", Fft::rfft2));
        registry.add(nD("fft.irfft2", "Inverse of rfft2.", "-2,-1", Fft::irfft2));
        registry.add(nD("fft.fftn", "N-dimensional discrete Fourier transform.", null, Fft::fftn));
        registry.add(nD("fft.ifftn", "N-dimensional inverse discrete Fourier transform.", null, Fft::ifftn));
        registry.add(nD("fft.rfftn", "N-dimensional transform of a real input.", null, Fft::rfftn));
        registry.add(nD("fft.irfftn", "Inverse of rfftn.", null, Fft::irfftn));
        registry.add(nD("fft.hfft2", "Two-dimensional transform of a Hermitian-symmetric input given by its first half.",
                "-2,-1", Fft::hfft2));
        registry.add(nD("fft.ihfft2", "Inverse of hfft2.", "-2,-1", Fft::ihfft2));
        registry.add(nD("fft.hfftn", "N-dimensional transform of a Hermitian-symmetric input given by its first half.",
                null, Fft::hfftn));
        registry.add(nD("fft.ihfftn", "Inverse of hfftn.", null, Fft::ihfftn));
        registry.add(shift("fft.fftshift", "Moves the zero frequency to the centre of each axis.", true));
        registry.add(shift("fft.ifftshift", "Inverse of fftshift.", false));
        registry.add(OpSpec.builder("fftpack.fftfreq")
                .summary("fftpack's name for fftfreq.")
                .param(ParamSpec.required("n", ParamTypes.INT, "window length"))
                .param(ParamSpec.optional("d", ParamTypes.REAL_NUMBER, "1.0", "sample spacing"))
                .output("result", "the frequencies (float64), created on the chosen backend")
                .invoker(a -> OpOutputs.result(Fftpack.fftfreq(a.integer("n"), a.real("d"), a.backend())))
                .build());
        registry.add(fftpack1d("fftpack.fft", "fftpack's name for fft (no norm argument).", true));
        registry.add(fftpack1d("fftpack.ifft", "fftpack's name for ifft (no norm argument).", false));
        registry.add(OpSpec.builder("fftpack.fft2")
                .summary("fftpack's name for fft2 (shape instead of s, no norm argument).")
                .input("x", X_DOC)
                .param(ParamSpec.optionalNone("shape", ParamTypes.INT_PER_AXIS, S_DOC))
                .param(ParamSpec.optional("axes", ParamTypes.INT_PER_AXIS, "-2,-1", "the two axes to transform"))
                .output("result", "the complex spectrum")
                .invoker(a -> OpOutputs.result(Fftpack.fft2(a.input(0), a.isNone("shape") ? null : a.integers("shape"),
                        a.integers("axes"))))
                .build());
        registry.add(OpSpec.builder("signal.fftconvolve")
                .summary("Convolution of two n-D arrays through FFTs, output size as SciPy's mode.")
                .input("in1", "first input (real or complex)")
                .input("in2", "second input, as many dimensions as in1")
                .param(ParamSpec.optional("mode", ParamTypes.STRING, "full", "output size: full, same or valid"))
                .param(ParamSpec.optionalNone("axes", SignalParamTypes.CONVOLUTION_AXES,
                        "axes to convolve over; none means all"))
                .output("result", "the convolution")
                .invoker(a -> OpOutputs.result(Signal.fftconvolve(a.input(0), a.input(1), a.text("mode"),
                        a.isNone("axes") ? null : a.integers("axes"))))
                .build());
        registry.add(OpSpec.builder("signal.resample")
                .summary("Resamples to num samples along an axis with the Fourier method.")
                .input("x", "real or complex input (with domain=freq, its spectrum)")
                .param(ParamSpec.required("num", ParamTypes.INT, "number of samples of the result"))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "0", "axis to resample"))
                .param(ParamSpec.optionalNone("window", SignalParamTypes.WINDOW,
                        "window applied to the spectrum: a get_window name, or its values (DC first); none for none"))
                .param(ParamSpec.optional("domain", ParamTypes.STRING, "time",
                        "time: x is the signal; freq: x is its spectrum"))
                .output("result", "the resampled signal")
                .invoker(a -> {
                    Object w = a.object("window", Object.class);
                    return OpOutputs.result(w instanceof double[]
                            ? Signal.resample(a.input(0), a.integer("num"), a.integer("axis"), (double[]) w, a.text("domain"))
                            : Signal.resample(a.input(0), a.integer("num"), a.integer("axis"), (String) w, a.text("domain")));
                })
                .build());
        registry.add(OpSpec.builder("signal.detrend")
                .summary("Removes the least-squares line (linear) or the mean (constant) along an axis.")
                .input("data", "real input")
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to detrend; negative counts from the end"))
                .param(ParamSpec.optional("type", ParamTypes.STRING, "linear", "linear or constant"))
                .param(ParamSpec.optional("bp", ParamTypes.INT_PER_AXIS, "0",
                        "breakpoints of a piecewise-linear trend, one or a comma list"))
                .output("result", "the detrended data (float32 stays float32, other real types float64)")
                .invoker(a -> OpOutputs.result(Signal.detrend(a.input(0), a.integer("axis"), a.text("type"),
                        a.integers("bp"))))
                .build());
    }

    private static OpSpec oneD(String name, String summary, OneD f) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("x", X_DOC)
                .param(ParamSpec.optionalNone("n", ParamTypes.INT, N_DOC))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to transform; negative counts from the end"))
                .param(ParamSpec.optional("norm", ParamTypes.STRING, "backward", NORM_DOC))
                .output("result", "the transform")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.isNone("n") ? null : a.integer("n"),
                        a.integer("axis"), a.text("norm"))))
                .build();
    }

    private static OpSpec nD(String name, String summary, String defaultAxes, ND f) {
        ParamSpec axes = defaultAxes == null
                ? ParamSpec.optionalNone("axes", ParamTypes.INT_PER_AXIS,
                        "axes to transform; none means the last len(s) axes, or all")
                : ParamSpec.optional("axes", ParamTypes.INT_PER_AXIS, defaultAxes, "axes to transform");
        return OpSpec.builder(name)
                .summary(summary)
                .input("x", X_DOC)
                .param(ParamSpec.optionalNone("s", ParamTypes.INT_PER_AXIS, S_DOC))
                .param(axes)
                .param(ParamSpec.optional("norm", ParamTypes.STRING, "backward", NORM_DOC))
                .output("result", "the transform")
                .invoker(a -> OpOutputs.result(f.apply(a.input(0), a.isNone("s") ? null : a.integers("s"),
                        a.isNone("axes") ? null : a.integers("axes"), a.text("norm"))))
                .build();
    }

    private static OpSpec shift(String name, String summary, boolean forward) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("x", "array of any dtype")
                .param(ParamSpec.optionalNone("axes", ParamTypes.INT_PER_AXIS, "axes to shift; none means all"))
                .output("result", "the shifted array")
                .invoker(a -> {
                    int[] axes = a.isNone("axes") ? null : a.integers("axes");
                    return OpOutputs.result(forward ? Fft.fftshift(a.input(0), axes) : Fft.ifftshift(a.input(0), axes));
                })
                .build();
    }

    private static OpSpec fftpack1d(String name, String summary, boolean forward) {
        return OpSpec.builder(name)
                .summary(summary)
                .input("x", X_DOC)
                .param(ParamSpec.optionalNone("n", ParamTypes.INT, N_DOC))
                .param(ParamSpec.optional("axis", ParamTypes.INT, "-1", "axis to transform; negative counts from the end"))
                .output("result", "the transform")
                .invoker(a -> {
                    Integer n = a.isNone("n") ? null : a.integer("n");
                    return OpOutputs.result(forward ? Fftpack.fft(a.input(0), n, a.integer("axis"))
                            : Fftpack.ifft(a.input(0), n, a.integer("axis")));
                })
                .build();
    }

    private static OpSpec frequencies(String name, String summary, boolean real) {
        return OpSpec.builder(name)
                .summary(summary)
                .param(ParamSpec.required("n", ParamTypes.INT, "window length"))
                .param(ParamSpec.optional("d", ParamTypes.REAL_NUMBER, "1.0", "sample spacing"))
                .output("result", "the frequencies (float64), created on the chosen backend")
                .invoker(a -> OpOutputs.result(real
                        ? Fft.rfftfreq(a.integer("n"), a.real("d"), a.backend())
                        : Fft.fftfreq(a.integer("n"), a.real("d"), a.backend())))
                .build();
    }

    private static OpSpec nextFastLen() {
        return OpSpec.builder("fft.next_fast_len")
                .summary("The smallest length >= target that the FFT computes fastest (2,3,5-smooth for real transforms, 2,3,5,7,11-smooth otherwise).")
                .param(ParamSpec.required("target", ParamTypes.INT64, "length to start from, > 0"))
                .param(ParamSpec.optional("real", ParamTypes.BOOL, "false", "for a real transform"))
                .output("result", "the length")
                .invoker(a -> new OpOutputs().scalar("result", Fft.nextFastLen(a.int64("target"), a.flag("real"))))
                .build();
    }
}
