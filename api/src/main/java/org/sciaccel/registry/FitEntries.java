package org.sciaccel.registry;

import java.nio.file.Path;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.optimize.CurveFitOptions;
import org.sciaccel.optimize.CurveFitResult;
import org.sciaccel.optimize.Estimator;
import org.sciaccel.optimize.FitModel;
import org.sciaccel.optimize.FitOptions;
import org.sciaccel.optimize.FitResult;
import org.sciaccel.optimize.Optimize;

/** The curve-fitting ops of the CLI ({@code scipy.optimize.curve_fit}, and its batched form). */
public final class FitEntries implements OpEntries {
    /**
     * One row shared by every fit or one row per fit: a comma list, or {@code @file.npy} holding a
     * 1-D row or a 2-D array of rows (read row-major). A per-fit array is naturally 2-D, as NumPy
     * users hold it, so the file form takes it as it is rather than only a flattened copy.
     */
    static final ParamType ROWS = new ParamType() {
        @Override
        public String describe() {
            return "one row or one row per fit: comma list of floats, or @file.npy (1-D, or 2-D rows)";
        }

        @Override
        public Object parse(String param, String text) {
            if (!text.startsWith("@") || text.length() == 1) {
                return ParamTypes.REAL_ARRAY.parse(param, text);
            }
            HostArray a;
            try {
                a = Npy.read(Path.of(text.substring(1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
            }
            if (a.ndim() > 2 || a.dtype().isComplex()) {
                throw new UsageException(param + "=" + text + ": the array is " + a.dtype() + " of shape "
                        + org.sciaccel.Shapes.toString(a.shape()) + "; a real 1-D row or 2-D array of rows is needed");
            }
            return a.toDoubles();
        }

        @Override
        public String toString() {
            return describe();
        }
    };

    @Override
    public SpiFamily family() {
        return SpiFamily.FIT;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(curveFitBatch());
        registry.add(curveFit());
    }

    /** A built-in model by name, or a formula when parameter names are given. */
    static FitModel model(OpArgs a) {
        if (a.isNone("params")) {
            return FitModel.of(a.text("model"));
        }
        return FitModel.expression(a.text("model"), a.text("params").split("\\s*,\\s*"));
    }

    private static OpSpec curveFit() {
        return OpSpec.builder("optimize.curve_fit")
                .summary("Fits one model y = f(x, p) by nonlinear least squares, with SciPy's covariance scaling.")
                .input("xdata", "1-D coordinates")
                .input("ydata", "1-D data, as many values as xdata")
                .param(ParamSpec.required("model", ParamTypes.STRING,
                        "a formula over x with the parameters named in params (e.g. B + A*exp(-((x-mu)/sigma)**2)), "
                                + "or a built-in 1-D model name"))
                .param(ParamSpec.optionalNone("params", ParamTypes.STRING, "comma-separated parameter names of a formula"))
                .param(ParamSpec.required("p0", ParamTypes.REAL_ARRAY, "initial parameters"))
                .param(ParamSpec.optionalNone("sigma", ParamTypes.REAL_ARRAY, "uncertainty of each ydata value"))
                .param(ParamSpec.optional("absolute_sigma", ParamTypes.BOOL, "false",
                        "true: pcov not scaled by the reduced chi-square"))
                .param(ParamSpec.optionalNone("lower", ParamTypes.REAL_ARRAY, "lower bounds"))
                .param(ParamSpec.optionalNone("upper", ParamTypes.REAL_ARRAY, "upper bounds"))
                .param(ParamSpec.optionalNone("method", ParamTypes.STRING, "lm, trf (the default with bounds) or dogbox"))
                .output("popt", "fitted parameters")
                .output("pcov", "their covariance")
                .invoker(a -> {
                    CurveFitOptions o = CurveFitOptions.options().absoluteSigma(a.flag("absolute_sigma"));
                    if (!a.isNone("sigma")) {
                        o.sigma(a.reals("sigma"));
                    }
                    if (!a.isNone("lower") || !a.isNone("upper")) {
                        o.bounds(a.isNone("lower") ? null : a.reals("lower"), a.isNone("upper") ? null : a.reals("upper"));
                    }
                    if (!a.isNone("method")) {
                        o.method(a.text("method"));
                    }
                    NDArray x = a.input(0);
                    NDArray y = a.input(1);
                    if (x.ndim() != 1 || y.ndim() != 1) {
                        throw new IllegalArgumentException("xdata and ydata must be 1-D; shapes "
                                + java.util.Arrays.toString(x.shape()) + " and " + java.util.Arrays.toString(y.shape()));
                    }
                    double[] p0 = a.reals("p0");
                    CurveFitResult r = Optimize.curveFit(x.backend(), model(a), x.toDoubleArray(), y.toDoubleArray(),
                            p0, o);
                    int n = p0.length;
                    return new OpOutputs().array("popt", NDArray.fromHost(x.backend(),
                            HostArray.fromDoubles(r.popt(), DType.FLOAT64, n)))
                            .array("pcov", NDArray.fromHost(x.backend(), HostArray.fromDoubles(r.pcov(), DType.FLOAT64,
                                    n, n)));
                })
                .build();
    }

    private static OpSpec curveFitBatch() {
        return OpSpec.builder("optimize.curve_fit_batch")
                .summary("Fits a built-in model to every row of data by Levenberg–Marquardt (Gpufit's scheme).")
                .input("data", "n_fits × n_points data (float32 or float64)")
                .input("p0", "n_fits × n_params initial parameters")
                .param(ParamSpec.required("model", ParamTypes.STRING, "gauss_1d, gauss_2d, gauss_2d_elliptic, "
                        + "gauss_2d_rotated, cauchy_2d_elliptic, linear_1d, exponential, polynomial<d>, or a formula "
                        + "over x (and y) with the parameters named in params"))
                .param(ParamSpec.optionalNone("params", ParamTypes.STRING, "comma-separated parameter names of a formula"))
                .param(ParamSpec.optional("estimator", ParamTypes.STRING, "lse",
                        "lse (weighted least squares) or mle (Poisson maximum likelihood)"))
                .param(ParamSpec.optional("tolerance", ParamTypes.REAL_NUMBER, "1e-4",
                        "converged when chi-square changes by less than tolerance·max(1, chi-square)"))
                .param(ParamSpec.optional("max_iterations", ParamTypes.INT, "25", "most iterations per fit"))
                .param(ParamSpec.optionalNone("x", ROWS,
                        "coordinates, one row shared or one row per fit (x then y for 2-D models)"))
                .param(ParamSpec.optionalNone("weights", ROWS, "weights, one row shared or one per fit"))
                .param(ParamSpec.optionalNone("parameters_to_fit", ParamTypes.INT_PER_AXIS,
                        "1 to fit, 0 to hold each parameter"))
                .param(ParamSpec.optionalNone("lower", ROWS, "lower bounds, shared or per fit"))
                .param(ParamSpec.optionalNone("upper", ROWS, "upper bounds, shared or per fit"))
                .param(ParamSpec.optional("covariance", ParamTypes.BOOL, "false", "also return the covariance"))
                .output("params", "n_fits × n_params fitted parameters")
                .output("states", "0 converged, 1 max iterations, 2 singular Hessian, 3 non-positive model (mle), "
                        + "4 invalid input")
                .output("chi_square", "final chi-square per fit")
                .output("iterations", "iterations per fit")
                .optionalOutput("covariance", "n_fits × n_params × n_params covariance, when covariance=true")
                .invoker(a -> {
                    FitOptions o = FitOptions.options()
                            .estimator(Estimator.parse(a.text("estimator")))
                            .tolerance(a.real("tolerance"))
                            .maxIterations(a.integer("max_iterations"))
                            .covariance(a.flag("covariance"));
                    if (!a.isNone("x")) {
                        o.x(a.reals("x"));
                    }
                    if (!a.isNone("weights")) {
                        o.weights(a.reals("weights"));
                    }
                    if (!a.isNone("parameters_to_fit")) {
                        int[] m = a.integers("parameters_to_fit");
                        boolean[] mask = new boolean[m.length];
                        for (int i = 0; i < m.length; i++) {
                            mask[i] = m[i] != 0;
                        }
                        o.parametersToFit(mask);
                    }
                    if (!a.isNone("lower") || !a.isNone("upper")) {
                        o.bounds(a.isNone("lower") ? null : a.reals("lower"), a.isNone("upper") ? null : a.reals("upper"));
                    }
                    FitResult r = Optimize.curveFitBatch(model(a), a.input(0), a.input(1), o);
                    OpOutputs out = new OpOutputs().array("params", r.params()).array("states", r.states())
                            .array("chi_square", r.chiSquare()).array("iterations", r.iterations());
                    return r.covariance() == null ? out : out.array("covariance", r.covariance());
                })
                .build();
    }
}
