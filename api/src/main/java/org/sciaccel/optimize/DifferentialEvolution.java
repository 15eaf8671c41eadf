package org.sciaccel.optimize;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sciaccel.numpy.RandomState;

/**
 * {@code scipy.optimize.differential_evolution} (Storn and Price's method as SciPy 1.10's
 * DifferentialEvolutionSolver runs it, without constraints): a population of
 * {@code max(5, popsize·N)} members kept in the unit cube, initialised by a Latin hypercube (or
 * uniformly, or as given), evolved generation by generation by mutation of the best or random
 * members with a dithered factor, binomial or exponential crossover, and greedy selection, the best
 * member always first; stopped when the energies' standard deviation falls to
 * {@code atol + tol·|mean|}, then polished by L-BFGS-B within the bounds.
 *
 * <p>With a seed, every draw is NumPy's {@code RandomState(seed)}'s in SciPy's order (the
 * hypercube's uniforms and column permutations, each trial's fill point, sample shuffle, crossover
 * uniforms and the re-draws of members that left the cube), so a seeded run visits the same
 * points as SciPy's and returns the same {@code x}, {@code fun}, {@code nit} and {@code nfev}
 * (the mean and standard deviation are summed pairwise as NumPy sums).
 */
final class DifferentialEvolution {
    private static final Map<String, Integer> STRATEGIES = Map.ofEntries(
            Map.entry("best1bin", 0), Map.entry("randtobest1bin", 1), Map.entry("currenttobest1bin", 2),
            Map.entry("best2bin", 3), Map.entry("rand2bin", 4), Map.entry("rand1bin", 5),
            Map.entry("best1exp", 0), Map.entry("randtobest1exp", 1), Map.entry("currenttobest1exp", 2),
            Map.entry("best2exp", 3), Map.entry("rand2exp", 4), Map.entry("rand1exp", 5));

    private final Objective fun;
    private final int n;
    private final double[] lower;
    private final double[] upper;
    private final double[] center;
    private final double[] width;
    private final boolean[] integral;
    private final int mutation;
    private final boolean binomial;
    private final DifferentialEvolutionOptions o;
    private final RandomState rng;
    private final int members;
    private double[][] population;
    private double[] energies;
    private double scale;
    private long nfev;

    private DifferentialEvolution(Objective fun, double[][] bounds, DifferentialEvolutionOptions o) {
        this.fun = fun;
        this.o = o;
        Integer m = STRATEGIES.get(o.strategy);
        if (m == null) {
            throw new IllegalArgumentException("strategy: Please select a valid mutation strategy ('" + o.strategy
                    + "')");
        }
        mutation = m;
        binomial = o.strategy.endsWith("bin");
        if (!Double.isFinite(o.mutationLow) || !Double.isFinite(o.mutationHigh) || o.mutationLow < 0
                || o.mutationHigh >= 2) {
            throw new IllegalArgumentException("mutation: The mutation constant must be a float in U[0, 2), or "
                    + "specified as a tuple(min, max) where min < max and min, max are in U[0, 2).");
        }
        if (!o.updating.equals("immediate") && !o.updating.equals("deferred")) {
            throw new IllegalArgumentException("updating: '" + o.updating + "'; 'immediate' or 'deferred'");
        }
        if (o.maxiter < 0 || o.popsize < 1 || o.maxfun < 0) {
            throw new IllegalArgumentException("maxiter, popsize, maxfun: " + o.maxiter + ", " + o.popsize + ", "
                    + o.maxfun + "; maxiter and maxfun must be at least 0 and popsize at least 1");
        }
        if (bounds == null || bounds.length == 0) {
            throw new IllegalArgumentException("bounds: bounds should be a sequence containing real valued (min, max) "
                    + "pairs for each value in x");
        }
        n = bounds.length;
        lower = new double[n];
        upper = new double[n];
        for (int j = 0; j < n; j++) {
            if (bounds[j] == null || bounds[j].length != 2 || !Double.isFinite(bounds[j][0])
                    || !Double.isFinite(bounds[j][1])) {
                throw new IllegalArgumentException("bounds: bounds should be a sequence containing real valued "
                        + "(min, max) pairs for each value in x (entry " + j + ")");
            }
            lower[j] = bounds[j][0];
            upper[j] = bounds[j][1];
        }
        if (fun.dims() >= 0 && fun.dims() != n) {
            throw new IllegalArgumentException("bounds: " + n + " (min, max) pairs for the " + fun.dims()
                    + " variables of " + fun);
        }
        integral = new boolean[n];
        if (o.integrality != null) {
            if (o.integrality.length != n) {
                throw new IllegalArgumentException("integrality: " + o.integrality.length + " flags for " + n
                        + " variables");
            }
            for (int j = 0; j < n; j++) {
                if (!o.integrality[j]) {
                    continue;
                }
                integral[j] = true;
                // SciPy widens an integer variable's range by just under a half on each side, so that
                // rounding reaches both end values as often as the inner ones.
                double lb = Math.ceil(lower[j]);
                double ub = Math.floor(upper[j]);
                if (!(lb <= ub)) {
                    throw new IllegalArgumentException("integrality: One of the integrality constraints does not "
                            + "have any possible integer values between the lower/upper bounds.");
                }
                lower[j] = Math.nextUp(lb - 0.5);
                upper[j] = Math.nextDown(ub + 0.5);
            }
        }
        center = new double[n];
        width = new double[n];
        for (int j = 0; j < n; j++) {
            center[j] = 0.5 * (lower[j] + upper[j]);
            width[j] = Math.abs(lower[j] - upper[j]);
        }
        long seed = o.seed != null ? o.seed : new SecureRandom().nextLong() & 0xFFFFFFFFL;
        rng = new RandomState(seed);
        members = Math.max(5, o.popsize * n);
        initialise();
        if (o.x0 != null) {
            if (o.x0.length != n) {
                throw new IllegalArgumentException("x0: " + o.x0.length + " values for " + n + " variables");
            }
            double[] unit = unscale(o.x0);
            for (double u : unit) {
                if (u > 1.0 || u < 0.0) {
                    throw new IllegalArgumentException("x0: Some entries in x0 lay outside the specified bounds");
                }
            }
            population[0] = unit;
        }
    }

    /** Minimises {@code fun} within {@code bounds} (one (min, max) pair per variable). */
    static OptimizeResult minimize(Objective fun, double[][] bounds, DifferentialEvolutionOptions options) {
        return new DifferentialEvolution(fun, bounds, options == null ? new DifferentialEvolutionOptions() : options)
                .solve();
    }

    private void initialise() {
        population = new double[members][n];
        if (o.initPopulation != null) {
            double[][] p = o.initPopulation;
            if (p.length < 5 || p[0] == null || p[0].length != n) {
                throw new IllegalArgumentException("init: The population supplied needs to have shape (S, len(x)), "
                        + "where S > 4.");
            }
            population = new double[p.length][];
            for (int i = 0; i < p.length; i++) {
                if (p[i] == null || p[i].length != n) {
                    throw new IllegalArgumentException("init: row " + i + " is not of length " + n);
                }
                population[i] = unscale(p[i]);
                for (int j = 0; j < n; j++) {
                    // SciPy clips a given population into the cube
                    population[i][j] = Math.min(1, Math.max(0, population[i][j]));
                }
            }
        } else if ("latinhypercube".equals(o.init)) {
            double seg = 1.0 / members;
            double[][] samples = new double[members][n];
            for (int i = 0; i < members; i++) {
                for (int j = 0; j < n; j++) {
                    samples[i][j] = seg * rng.uniform(0, 1) + i * (1.0 / members);
                }
            }
            for (int j = 0; j < n; j++) {
                int[] order = rng.permutation(members);
                for (int i = 0; i < members; i++) {
                    population[i][j] = samples[order[i]][j];
                }
            }
        } else if ("random".equals(o.init)) {
            for (int i = 0; i < members; i++) {
                for (int j = 0; j < n; j++) {
                    population[i][j] = rng.uniform(0, 1);
                }
            }
        } else {
            throw new IllegalArgumentException("init: The population initialization method must be one of "
                    + "'latinhypercube' or 'random', or an array of shape (S, N) where N is the number of parameters "
                    + "and S>5 ('" + o.init + "'; 'sobol' and 'halton' are not implemented)");
        }
        energies = new double[population.length];
        java.util.Arrays.fill(energies, Double.POSITIVE_INFINITY);
    }

    private OptimizeResult solve() {
        int nit = 0;
        boolean warning = false;
        String message = "Optimization terminated successfully.";
        ensureEnergies();
        for (nit = 1; nit <= o.maxiter; nit++) {
            if (!nextGeneration()) {
                warning = true;
                if (nfev > o.maxfun) {
                    message = "Maximum number of function evaluations has been exceeded.";
                } else if (nfev == o.maxfun) {
                    message = "Maximum number of function evaluations has been reached.";
                }
                break;
            }
            if (converged()) {
                break;
            }
        }
        if (nit > o.maxiter) {
            // Python's for-else: the loop ran out, and nit keeps its last value
            nit = o.maxiter;
            message = "Maximum number of iterations has been exceeded.";
            warning = true;
        }
        double[] x = scale(population[0]);
        double best = energies[0];
        long total = nfev;
        double[] jac = null;
        if (o.polish && !allIntegral()) {
            double[][] limits = new double[n][2];
            for (int j = 0; j < n; j++) {
                boolean fixed = integral[j];
                limits[j][0] = fixed ? x[j] : lower[j];
                limits[j][1] = fixed ? x[j] : upper[j];
            }
            OptimizeResult polished = polish(fun, x.clone(), limits);
            total += polished.nfev();
            boolean inside = true;
            double[] px = polished.x();
            for (int j = 0; j < n; j++) {
                inside &= px[j] <= limits[j][1] && limits[j][0] <= px[j];
            }
            if (polished.fun() < best && polished.success() && inside) {
                best = polished.fun();
                x = px;
                jac = polished.jac();
            }
        }
        OptimizeResult.Builder r = OptimizeResult.builder().x(x).fun(best).set("nfev", (int) Math.min(total,
                Integer.MAX_VALUE)).nit(nit).message(message).success(!warning);
        if (jac != null) {
            r.jac(jac);
        }
        return r.build();
    }

    private boolean allIntegral() {
        for (boolean b : integral) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    /** The first generation's energies, once (SciPy: when every energy is still infinite). */
    private void ensureEnergies() {
        for (double e : energies) {
            if (!Double.isInfinite(e)) {
                return;
            }
        }
        energies = populationEnergies(population);
        promoteLowestEnergy();
    }

    /** Energies of {@code pop}, within what is left of maxfun (the rest stay infinite). */
    private double[] populationEnergies(double[][] pop) {
        double[] e = new double[pop.length];
        java.util.Arrays.fill(e, Double.POSITIVE_INFINITY);
        long s = Math.min(pop.length, o.maxfun - nfev);
        for (int i = 0; i < s; i++) {
            e[i] = fun.value(scale(pop[i]));
        }
        nfev += Math.max(0, s);
        return e;
    }

    private void promoteLowestEnergy() {
        int best = 0;
        for (int i = 1; i < energies.length; i++) {
            // np.argmin: the first of equal minima; a NaN is the minimum
            if (energies[i] < energies[best] || (Double.isNaN(energies[i]) && !Double.isNaN(energies[best]))) {
                best = i;
            }
        }
        double e = energies[0];
        energies[0] = energies[best];
        energies[best] = e;
        double[] p = population[0];
        population[0] = population[best];
        population[best] = p;
    }

    /** One generation; false where SciPy's iteration raises StopIteration (maxfun spent). */
    private boolean nextGeneration() {
        ensureEnergies();
        scale = o.dither ? rng.uniform(o.mutationLow, o.mutationHigh) : o.mutationLow;
        if (o.updating.equals("immediate")) {
            for (int c = 0; c < population.length; c++) {
                if (nfev > o.maxfun) {
                    return false;
                }
                double[] trial = mutate(c);
                ensureInCube(trial);
                double energy = fun.value(scale(trial));
                nfev++;
                if (energy <= energies[c]) {
                    population[c] = trial;
                    energies[c] = energy;
                    if (energy <= energies[0]) {
                        promoteLowestEnergy();
                    }
                }
            }
        } else {
            if (nfev >= o.maxfun) {
                return false;
            }
            double[][] trials = new double[population.length][];
            for (int c = 0; c < population.length; c++) {
                trials[c] = mutate(c);
            }
            for (double[] t : trials) {
                ensureInCube(t);
            }
            double[] e = populationEnergies(trials);
            for (int c = 0; c < population.length; c++) {
                if (e[c] <= energies[c]) {
                    population[c] = trials[c];
                    energies[c] = e[c];
                }
            }
            promoteLowestEnergy();
        }
        return true;
    }

    private double[] mutate(int candidate) {
        double[] trial = population[candidate].clone();
        int fill = rng.choice(n);
        int[] r = selectSamples(candidate);
        double[] b = new double[n];
        double[] best = population[0];
        for (int j = 0; j < n; j++) {
            b[j] = switch (mutation) {
                case 0 -> best[j] + scale * (population[r[0]][j] - population[r[1]][j]);
                case 1 -> {
                    double v = population[r[0]][j];
                    v += scale * (best[j] - v);
                    v += scale * (population[r[1]][j] - population[r[2]][j]);
                    yield v;
                }
                case 2 -> population[candidate][j] + scale * (best[j] - population[candidate][j]
                        + population[r[0]][j] - population[r[1]][j]);
                case 3 -> best[j] + scale * (population[r[0]][j] + population[r[1]][j] - population[r[2]][j]
                        - population[r[3]][j]);
                case 4 -> population[r[0]][j] + scale * (population[r[1]][j] + population[r[2]][j]
                        - population[r[3]][j] - population[r[4]][j]);
                default -> population[r[0]][j] + scale * (population[r[1]][j] - population[r[2]][j]);
            };
        }
        boolean[] cross = new boolean[n];
        for (int j = 0; j < n; j++) {
            cross[j] = rng.uniform(0, 1) < o.recombination;
        }
        if (binomial) {
            cross[fill] = true;
            for (int j = 0; j < n; j++) {
                if (cross[j]) {
                    trial[j] = b[j];
                }
            }
        } else {
            cross[0] = true;
            for (int i = 0; i < n && cross[i]; i++) {
                trial[fill] = b[fill];
                fill = (fill + 1) % n;
            }
        }
        return trial;
    }

    /** Five distinct members other than {@code candidate}: SciPy's shuffle of the list without it. */
    private int[] selectSamples(int candidate) {
        List<Integer> idx = new ArrayList<>(population.length - 1);
        for (int i = 0; i < population.length; i++) {
            if (i != candidate) {
                idx.add(i);
            }
        }
        rng.shuffle(idx);
        int k = Math.min(5, idx.size());
        int[] r = new int[5];
        for (int i = 0; i < k; i++) {
            r[i] = idx.get(i);
        }
        return r;
    }

    /** Members that left [0, 1] are drawn again uniformly (SciPy's _ensure_constraint). */
    private void ensureInCube(double[] trial) {
        for (int j = 0; j < n; j++) {
            if (trial[j] > 1 || trial[j] < 0) {
                trial[j] = rng.uniform(0, 1);
            }
        }
    }

    private boolean converged() {
        for (double e : energies) {
            if (Double.isInfinite(e)) {
                return false;
            }
        }
        int m = energies.length;
        double mean = CurveFitting.pairwiseSum(energies, 0, m) / m;
        double[] sq = new double[m];
        for (int i = 0; i < m; i++) {
            double d = energies[i] - mean;
            sq[i] = d * d;
        }
        double std = Math.sqrt(CurveFitting.pairwiseSum(sq, 0, m) / m);
        return std <= o.atol + o.tol * Math.abs(mean);
    }

    private double[] scale(double[] unit) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = center[j] + (unit[j] - 0.5) * width[j];
            if (integral[j]) {
                x[j] = Math.rint(x[j]);
            }
        }
        return x;
    }

    private double[] unscale(double[] x) {
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = (x[j] - center[j]) / width[j] + 0.5;
        }
        return u;
    }

    /**
     * SciPy's polish: {@code minimize(func, x, method='L-BFGS-B', bounds=limits.T)}, the gradient by
     * L-BFGS-B's default differences (the objective is SciPy's plain function there).
     */
    private static OptimizeResult polish(Objective fun, double[] x0, double[][] limits) {
        double[] lo = new double[limits.length];
        double[] hi = new double[limits.length];
        for (int j = 0; j < limits.length; j++) {
            lo[j] = limits[j][0];
            hi[j] = limits[j][1];
        }
        return ConstrainedMinimize.lbfgsb(fun, x0, lo, hi, new ConstrainedMinimize.LbfgsbOptions().numericGradient(true));
    }
}
