package org.sciaccel.registry;

import java.util.Arrays;
import java.util.function.BiFunction;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
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
    }

    /** The formula {@code fun} of the comma-separated {@code vars}. */
    static Objective objective(OpArgs a) {
        return objective(a, "fun");
    }

    /** The formula in parameter {@code name} of the comma-separated {@code vars}. */
    static Objective objective(OpArgs a, String name) {
        return Objective.formula(a.text(name), a.text("vars").strip().split("\\s*,\\s*"));
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
}
