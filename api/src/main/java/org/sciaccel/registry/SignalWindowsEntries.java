package org.sciaccel.registry;

import java.util.List;
import java.util.function.Function;
import org.sciaccel.NDArray;
import org.sciaccel.signal.Windows;

/**
 * {@code scipy.signal.windows} (issue 17): {@code signal.get_window}, every
 * {@code signal.windows.<name>} with SciPy 1.10's parameter names and defaults, and the names
 * SciPy 1.10 still exports from {@code scipy.signal} itself ({@code signal.hann},
 * {@code signal.kaiser}, ...: the same functions). The windows are computed on the host and created
 * on the call's backend, so every backend serves them.
 */
public final class SignalWindowsEntries implements OpEntries {
    private static final String M_DOC = "number of points, >= 0";
    private static final String SYM_DOC = "true: symmetric (filter design); false: periodic (spectral analysis)";
    private static final String OUT_DOC = "the window (float64), created on the chosen backend";

    /** The windows {@code scipy.signal} 1.10 also exports under its own name . */
    private static final List<String> LEGACY = List.of("barthann", "bartlett", "blackman", "blackmanharris", "bohman",
            "boxcar", "chebwin", "cosine", "exponential", "flattop", "gaussian", "general_gaussian", "hann",
            "hamming", "kaiser", "nuttall", "parzen", "triang", "tukey");

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("signal.get_window")
                .summary("A window by name, or name and parameters (kaiser,8.6; tukey,0.25), or a Kaiser beta alone.")
                .param(ParamSpec.required("window", ParamTypes.STRING,
                        "window name, or name,param,...; exponential,none,2.0 for a None; a number: kaiser's beta"))
                .param(ParamSpec.required("Nx", ParamTypes.INT, M_DOC))
                .param(ParamSpec.optional("fftbins", ParamTypes.BOOL, "true", "true: periodic; false: symmetric"))
                .output("result", OUT_DOC)
                .invoker(a -> OpOutputs.result(Windows.getWindow(a.text("window"), a.integer("Nx"), a.flag("fftbins"),
                        a.backend())))
                .build());
        for (String prefix : List.of("signal.windows.", "signal.")) {
            for (Window w : windows()) {
                if (prefix.equals("signal.") && !LEGACY.contains(w.name)) {
                    continue;
                }
                OpSpec.Builder b = OpSpec.builder(prefix + w.name).summary(w.summary)
                        .param(ParamSpec.required("M", ParamTypes.INT, M_DOC));
                for (ParamSpec p : w.params) {
                    b.param(p);
                }
                if (!w.name.equals("dpss")) {
                    b.param(ParamSpec.optional("sym", ParamTypes.BOOL, "true", SYM_DOC));
                    b.output("result", OUT_DOC);
                    Function<OpArgs, NDArray> f = w.call;
                    b.invoker(a -> OpOutputs.result(f.apply(a)));
                } else {
                    b.param(ParamSpec.optional("sym", ParamTypes.BOOL, "true", SYM_DOC))
                            .param(ParamSpec.optionalNone("norm", ParamTypes.STRING,
                                    "2, approximate or subsample; none: approximate without Kmax, 2 with it"))
                            .param(ParamSpec.optional("return_ratios", ParamTypes.BOOL, "false",
                                    "also return the concentration ratios"))
                            .output("windows", "the taper (M points), or Kmax tapers as rows (float64)")
                            .optionalOutput("ratios", "with return_ratios (and M > 1): the concentration ratio of each")
                            .invoker(SignalWindowsEntries::dpss);
                }
                registry.add(b.build());
            }
        }
    }

    private static OpOutputs dpss(OpArgs a) {
        NDArray[] r = Windows.dpssWithRatios(a.integer("M"), a.real("NW"), a.isNone("Kmax") ? null : a.integer("Kmax"),
                a.flag("sym"), a.isNone("norm") ? null : a.text("norm"), a.flag("return_ratios"), a.backend());
        OpOutputs out = new OpOutputs().array("windows", r[0]);
        if (r.length > 1) {
            if (r[1].shape().length == 0) {
                out.scalar("ratios", r[1].toHost().toDoubles()[0]);
                r[1].close();
            } else {
                out.array("ratios", r[1]);
            }
        }
        return out;
    }

    private record Window(String name, String summary, List<ParamSpec> params, Function<OpArgs, NDArray> call) {
    }

    private static ParamSpec real(String name, String doc) {
        return ParamSpec.required(name, ParamTypes.REAL_NUMBER, doc);
    }

    private static Window plain(String name, String summary, Plain f) {
        return new Window(name, summary, List.of(), a -> f.apply(a.integer("M"), a.flag("sym"), a.backend()));
    }

    private interface Plain {
        NDArray apply(int m, boolean sym, org.sciaccel.Backend backend);
    }

    private static List<Window> windows() {
        return List.of(
                plain("boxcar", "Boxcar (rectangular) window: ones.", Windows::boxcar),
                plain("triang", "Triangular window (non-zero end points).", Windows::triang),
                plain("parzen", "Parzen window.", Windows::parzen),
                plain("bohman", "Bohman window.", Windows::bohman),
                plain("blackman", "Blackman window.", Windows::blackman),
                plain("nuttall", "Nuttall's minimum 4-term Blackman-Harris window.", Windows::nuttall),
                plain("blackmanharris", "Minimum 4-term Blackman-Harris window.", Windows::blackmanharris),
                plain("flattop", "Flat top window.", Windows::flattop),
                plain("bartlett", "Bartlett window (triangular, zero end points).", Windows::bartlett),
                plain("hann", "Hann window.", Windows::hann),
                new Window("tukey", "Tukey (tapered cosine) window.",
                        List.of(ParamSpec.optional("alpha", ParamTypes.REAL_NUMBER, "0.5", "taper fraction")),
                        a -> Windows.tukey(a.integer("M"), a.real("alpha"), a.flag("sym"), a.backend())),
                plain("barthann", "Modified Bartlett-Hann window.", Windows::barthann),
                new Window("general_hamming", "Generalized Hamming window.", List.of(real("alpha", "window coefficient")),
                        a -> Windows.generalHamming(a.integer("M"), a.real("alpha"), a.flag("sym"), a.backend())),
                plain("hamming", "Hamming window.", Windows::hamming),
                new Window("kaiser", "Kaiser window.", List.of(real("beta", "shape parameter")),
                        a -> Windows.kaiser(a.integer("M"), a.real("beta"), a.flag("sym"), a.backend())),
                new Window("kaiser_bessel_derived", "Kaiser-Bessel derived window (symmetric, even M).",
                        List.of(real("beta", "Kaiser shape parameter")),
                        a -> Windows.kaiserBesselDerived(a.integer("M"), a.real("beta"), a.flag("sym"), a.backend())),
                new Window("gaussian", "Gaussian window.", List.of(real("std", "standard deviation")),
                        a -> Windows.gaussian(a.integer("M"), a.real("std"), a.flag("sym"), a.backend())),
                new Window("general_gaussian", "Generalized Gaussian window exp(-0.5 |n/sig|^(2p)).",
                        List.of(real("p", "shape parameter"), real("sig", "standard deviation")),
                        a -> Windows.generalGaussian(a.integer("M"), a.real("p"), a.real("sig"), a.flag("sym"),
                                a.backend())),
                new Window("chebwin", "Dolph-Chebyshev window.", List.of(real("at", "side-lobe attenuation in dB")),
                        a -> Windows.chebwin(a.integer("M"), a.real("at"), a.flag("sym"), a.backend())),
                plain("cosine", "Cosine (sine) window.", Windows::cosine),
                new Window("exponential", "Exponential (Poisson) window.",
                        List.of(ParamSpec.optionalNone("center", ParamTypes.REAL_NUMBER, "centre; none: the middle"),
                                ParamSpec.optional("tau", ParamTypes.REAL_NUMBER, "1.0", "decay")),
                        a -> Windows.exponential(a.integer("M"), a.isNone("center") ? null : a.real("center"),
                                a.real("tau"), a.flag("sym"), a.backend())),
                new Window("taylor", "Taylor window.",
                        List.of(ParamSpec.optional("nbar", ParamTypes.INT, "4", "number of nearly constant side lobes"),
                                ParamSpec.optional("sll", ParamTypes.REAL_NUMBER, "30", "side-lobe level in dB"),
                                ParamSpec.optional("norm", ParamTypes.BOOL, "true", "scale to 1 at the centre")),
                        a -> Windows.taylor(a.integer("M"), a.integer("nbar"), a.real("sll"), a.flag("norm"),
                                a.flag("sym"), a.backend())),
                new Window("dpss", "Discrete prolate spheroidal (Slepian) sequences.",
                        List.of(real("NW", "standardized half bandwidth"),
                                ParamSpec.optionalNone("Kmax", ParamTypes.INT, "number of tapers; none: one, 1-D")),
                        null),
                new Window("lanczos", "Lanczos (sinc) window.", List.of(),
                        a -> Windows.lanczos(a.integer("M"), a.flag("sym"), a.backend())),
                new Window("general_cosine", "Generic weighted sum of cosine terms.",
                        List.of(ParamSpec.required("a", ParamTypes.REAL_ARRAY, "the weights, a comma list")),
                        a -> Windows.generalCosine(a.integer("M"), a.reals("a"), a.flag("sym"), a.backend())));
    }
}
