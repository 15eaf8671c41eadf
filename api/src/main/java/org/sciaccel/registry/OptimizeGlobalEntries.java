package org.sciaccel.registry;

import java.util.Arrays;
import java.util.function.BiFunction;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.optimize.BasinhoppingOptions;
import org.sciaccel.optimize.BruteResult;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.DifferentialEvolutionOptions;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;

/** The global minimisers of {@code scipy.optimize} as CLI ops, the function given as a formula. */
final class OptimizeGlobalEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(differentialEvolution());
        registry.add(brute());
        registry.add(basinhopping());
    }

    /** The formula {@code fun} of the comma-separated {@code vars}. */
    static Objective objective(OpArgs a) {
        return objective(a, "fun");
    }

    /** The formula in parameter {@code name} of the comma-separated {@code vars}. */
    static Objective objective(OpArgs a, String name) {
        return Objective.formula(a.text(name), vars(a));
    }

    /** The comma-separated {@code vars} parameter of the optimize ops, as names. */
    static String[] vars(OpArgs a) {
        return a.text("vars").strip().split("\\s*,\\s*");
    }

    /** A flat list of (low, high) pairs as one pair per variable. */
    static double[][] pairs(String name, double[] flat) {
        if (flat.length == 0 || flat.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": " + flat.length + " values; one (min, max) pair per variable, "
                    + "as min0,max0,min1,max1,...");
        }
        double[][] p = new double[flat.length / 2][];
        for (int i = 0; i < p.length; i++) {
            p[i] = Arrays.copyOfRange(flat, 2 * i, 2 * i + 2);
        }
        return p;
    }

    private static OpSpec differentialEvolution() {
        return OpSpec.builder("optimize.differential_evolution")
                .summary("The global minimum of a formula within bounds by differential evolution, polished by L-BFGS-B.")
                .param(ParamSpec.required("fun", ParamTypes.STRING, "the objective, a formula of the variables"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x's order"))
                .param(ParamSpec.required("bounds", ParamTypes.REAL_ARRAY, "min0,max0,min1,max1,...: one pair per variable"))
                .param(ParamSpec.optional("strategy", ParamTypes.STRING, "best1bin",
                        "best1bin, randtobest1bin, currenttobest1bin, best2bin, rand2bin, rand1bin or the -exp twins"))
                .param(ParamSpec.optional("maxiter", ParamTypes.INT, "1000", "generations at most"))
                .param(ParamSpec.optional("popsize", ParamTypes.INT, "15", "population size per variable"))
                .param(ParamSpec.optional("tol", ParamTypes.REAL_NUMBER, "0.01", "relative convergence tolerance"))
                .param(ParamSpec.optional("mutation", ParamTypes.REAL_ARRAY, "0.5,1",
                        "a constant in [0, 2), or min,max for dithering"))
                .param(ParamSpec.optional("recombination", ParamTypes.REAL_NUMBER, "0.7", "crossover probability"))
                .param(ParamSpec.optionalNone("seed", ParamTypes.INT64, "seed of NumPy's RandomState, in [0, 2^32)"))
                .param(ParamSpec.optional("polish", ParamTypes.BOOL, "true", "polish the best member by L-BFGS-B"))
                .param(ParamSpec.optional("init", ParamTypes.STRING, "latinhypercube", "latinhypercube or random"))
                .param(ParamSpec.optional("atol", ParamTypes.REAL_NUMBER, "0", "absolute convergence tolerance"))
                .param(ParamSpec.optional("updating", ParamTypes.STRING, "immediate", "immediate or deferred"))
                .param(ParamSpec.optionalNone("x0", ParamTypes.REAL_ARRAY, "a first guess within the bounds"))
                .output("x", "the solution")
                .output("fun", "the objective there")
                .output("nfev", "objective evaluations")
                .output("nit", "generations")
                .output("message", "why it stopped")
                .output("success", "whether it converged")
                .optionalOutput("jac", "the gradient there, when the polish improved the point")
                .invoker(a -> {
                    double[] m = a.reals("mutation");
                    DifferentialEvolutionOptions o = DifferentialEvolutionOptions.options().strategy(a.text("strategy"))
                            .maxiter(a.integer("maxiter")).popsize(a.integer("popsize")).tol(a.real("tol"))
                            .recombination(a.real("recombination")).polish(a.flag("polish")).init(a.text("init"))
                            .atol(a.real("atol")).updating(a.text("updating"));
                    if (m.length == 1) {
                        o.mutation(m[0]);
                    } else if (m.length == 2) {
                        o.mutation(m[0], m[1]);
                    } else {
                        throw new IllegalArgumentException("mutation: " + m.length + " values; a constant or min,max");
                    }
                    if (!a.isNone("seed")) {
                        o.seed(a.int64("seed"));
                    }
                    if (!a.isNone("x0")) {
                        o.x0(a.reals("x0"));
                    }
                    return OptimizeResultOutputs.of(a.backend(),
                            Optimize.differentialEvolution(objective(a), pairs("bounds", a.reals("bounds")), o));
                })
                .build();
    }

    private static OpSpec brute() {
        return OpSpec.builder("optimize.brute")
                .summary("The minimum of a formula over a grid, then a local minimiser (fmin) from the grid's best point.")
                .param(ParamSpec.required("func", ParamTypes.STRING, "the objective, a formula of the variables"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x's order"))
                .param(ParamSpec.required("ranges", ParamTypes.REAL_ARRAY,
                        "low0,high0,low1,high1,...: one (low, high) pair per variable, Ns points each"))
                .param(ParamSpec.optional("Ns", ParamTypes.INT, "20", "points per range"))
                .param(ParamSpec.optionalOrNone("finish", ParamTypes.STRING, "fmin", "fmin (Nelder-Mead) or none"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also return the grid and Jout"))
                .output("x0", "the minimum found")
                .optionalOutput("fval", "the objective there (full_output)")
                .optionalOutput("grid", "the grid, shape (N, Ns, ..., Ns) (full_output)")
                .optionalOutput("Jout", "the objective on the grid (full_output)")
                .invoker(a -> {
                    String finish = a.text("finish");
                    BiFunction<Objective, double[], OptimizeResult> f = finish == null ? null : switch (finish) {
                        // SciPy's finish=fmin: Nelder-Mead with fmin's xtol = ftol = 1e-4, minimize's defaults
                        case "fmin" -> (fn, x) -> Optimize.minimize(fn, x, MinimizeOptions.options().method("Nelder-Mead"));
                        default -> throw new IllegalArgumentException("finish: '" + finish + "'; fmin or none");
                    };
                    BruteResult r = Optimize.brute(objective(a, "func"), pairs("ranges", a.reals("ranges")),
                            a.integer("Ns"), f);
                    OpOutputs out = new OpOutputs();
                    try {
                        double[] x = r.x0();
                        out.array("x0", NDArray.fromHost(a.backend(), HostArray.fromDoubles(x, DType.FLOAT64, x.length)));
                        if (a.flag("full_output")) {
                            out.scalar("fval", r.fval());
                            int n = r.shape().length;
                            int[] gshape = new int[n + 1];
                            gshape[0] = n;
                            System.arraycopy(r.shape(), 0, gshape, 1, n);
                            int size = r.jout().length;
                            double[] flat = new double[n * size];
                            for (int k = 0; k < n; k++) {
                                System.arraycopy(r.grid()[k], 0, flat, k * size, size);
                            }
                            out.array("grid", NDArray.fromHost(a.backend(), HostArray.fromDoubles(flat, DType.FLOAT64,
                                    n == 1 ? new int[] {size} : gshape)));
                            out.array("Jout", NDArray.fromHost(a.backend(), HostArray.fromDoubles(r.jout(), DType.FLOAT64,
                                    r.shape())));
                        }
                        return out;
                    } catch (RuntimeException e) {
                        out.close();
                        throw e;
                    }
                })
                .build();
    }

    private static OpSpec basinhopping() {
        return OpSpec.builder("optimize.basinhopping")
                .summary("The global minimum of a formula by basin hopping: random steps, local minimisations, Metropolis.")
                .param(ParamSpec.required("func", ParamTypes.STRING, "the objective, a formula of the variables"))
                .param(ParamSpec.required("vars", ParamTypes.STRING, "comma-separated variable names, in x0's order"))
                .param(ParamSpec.required("x0", ParamTypes.REAL_ARRAY, "initial guess, one value per variable"))
                .param(ParamSpec.optional("niter", ParamTypes.INT, "100", "basin-hopping iterations"))
                .param(ParamSpec.optional("T", ParamTypes.REAL_NUMBER, "1.0", "the Metropolis criterion's temperature"))
                .param(ParamSpec.optional("stepsize", ParamTypes.REAL_NUMBER, "0.5",
                        "initial half-width of the random displacement"))
                .params(OptimizeMinimizeEntries::minimizerParams)  // SciPy's minimizer_kwargs, one parameter each
                .param(ParamSpec.optional("interval", ParamTypes.INT, "50", "steps between step-size adjustments"))
                .param(ParamSpec.optionalNone("niter_success", ParamTypes.INT,
                        "stop after this many iterations without a new lowest minimum"))
                .param(ParamSpec.optionalNone("seed", ParamTypes.INT64, "seed of NumPy's RandomState, in [0, 2^32)"))
                .param(ParamSpec.optional("target_accept_rate", ParamTypes.REAL_NUMBER, "0.5",
                        "acceptance rate the step size is adjusted towards"))
                .param(ParamSpec.optional("stepwise_factor", ParamTypes.REAL_NUMBER, "0.9",
                        "factor of each step-size adjustment"))
                .output("minimization_failures", "local minimisations that did not report success")
                .output("nfev", "objective evaluations of all local minimisations")
                .optionalOutput("njev", "gradient evaluations (gradient methods)")
                .optionalOutput("nhev", "Hessian evaluations (Hessian methods)")
                .output("x", "the lowest minimum found")
                .output("fun", "the objective there")
                .output("message", "why it stopped (SciPy's one-element list, as its text)")
                .output("nit", "iterations")
                .output("success", "whether the lowest minimum's local minimisation succeeded")
                .outputsInResultOrder()
                .invoker(a -> {
                    String[] vars = vars(a);
                    BasinhoppingOptions o = BasinhoppingOptions.options().niter(a.integer("niter"))
                            .temperature(a.real("T")).stepsize(a.real("stepsize"))
                            .minimizer(OptimizeMinimizeEntries.minimizeOptions(a, vars)).interval(a.integer("interval"))
                            .targetAcceptRate(a.real("target_accept_rate")).stepwiseFactor(a.real("stepwise_factor"));
                    if (!a.isNone("niter_success")) {
                        o.niterSuccess(a.integer("niter_success"));
                    }
                    if (!a.isNone("seed")) {
                        o.seed(a.int64("seed"));
                    }
                    OptimizeResult r = Optimize.basinhopping(Objective.formula(a.text("func"), vars), a.reals("x0"), o);
                    // lowest_optimization_result, a nested result, has no op output form; x and fun are its own
                    return OptimizeResultOutputs.outputs(a.backend(), r, "minimization_failures", "nfev", "njev", "nhev",
                            "x", "fun", "message", "nit", "success");
                })
                .build();
    }
}
