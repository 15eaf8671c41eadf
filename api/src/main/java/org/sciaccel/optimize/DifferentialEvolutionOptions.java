package org.sciaccel.optimize;

/**
 * The options of {@code scipy.optimize.differential_evolution} (SciPy 1.10's names and defaults):
 * strategy 'best1bin', maxiter 1000, popsize 15, tol 0.01, mutation (0.5, 1) (dithering), recombination
 * 0.7, seed none (a seed from the system's entropy), polish true, init 'latinhypercube', atol 0,
 * updating 'immediate', maxfun unlimited, x0 none, integrality none.
 *
 * <p>Not taken: {@code workers} and {@code vectorized} (evaluation here is in-process; 'deferred'
 * updating is available as SciPy's own order), {@code constraints} (SciPy polishes those with
 * trust-constr, which sciaccel does not have), and the 'sobol' and 'halton' inits (SciPy's qmc).
 */
public final class DifferentialEvolutionOptions {
    String strategy = "best1bin";
    int maxiter = 1000;
    int popsize = 15;
    double tol = 0.01;
    double mutationLow = 0.5;
    double mutationHigh = 1;
    boolean dither = true;
    double recombination = 0.7;
    Long seed;
    boolean polish = true;
    String init = "latinhypercube";
    double[][] initPopulation;
    double atol = 0;
    String updating = "immediate";
    long maxfun = Long.MAX_VALUE;
    double[] x0;
    boolean[] integrality;

    /** The defaults. */
    public static DifferentialEvolutionOptions options() {
        return new DifferentialEvolutionOptions();
    }

    /** best1bin, randtobest1bin, currenttobest1bin, best2bin, rand2bin, rand1bin, or their -exp twins. */
    public DifferentialEvolutionOptions strategy(String strategy) {
        this.strategy = strategy;
        return this;
    }

    public DifferentialEvolutionOptions maxiter(int maxiter) {
        this.maxiter = maxiter;
        return this;
    }

    public DifferentialEvolutionOptions popsize(int popsize) {
        this.popsize = popsize;
        return this;
    }

    public DifferentialEvolutionOptions tol(double tol) {
        this.tol = tol;
        return this;
    }

    public DifferentialEvolutionOptions atol(double atol) {
        this.atol = atol;
        return this;
    }

    /** A constant mutation factor in [0, 2). */
    public DifferentialEvolutionOptions mutation(double f) {
        this.mutationLow = f;
        this.mutationHigh = f;
        this.dither = false;
        return this;
    }

    /** Dithering: a factor drawn from U[min, max) every generation (the two are sorted, as SciPy does). */
    public DifferentialEvolutionOptions mutation(double min, double max) {
        this.mutationLow = Math.min(min, max);
        this.mutationHigh = Math.max(min, max);
        this.dither = true;
        return this;
    }

    public DifferentialEvolutionOptions recombination(double recombination) {
        this.recombination = recombination;
        return this;
    }

    /** An integer seed in [0, 2^32): the run draws from NumPy's {@code RandomState(seed)}, as SciPy's. */
    public DifferentialEvolutionOptions seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Whether the best member is polished by L-BFGS-B within the bounds at the end. */
    public DifferentialEvolutionOptions polish(boolean polish) {
        this.polish = polish;
        return this;
    }

    /** 'latinhypercube' or 'random'. */
    public DifferentialEvolutionOptions init(String init) {
        this.init = init;
        this.initPopulation = null;
        return this;
    }

    /** The initial population itself: at least 5 rows of one value per variable, within the bounds. */
    public DifferentialEvolutionOptions init(double[][] population) {
        this.initPopulation = population;
        this.init = null;
        return this;
    }

    /** 'immediate' (the best member is updated within a generation) or 'deferred' (once per generation). */
    public DifferentialEvolutionOptions updating(String updating) {
        this.updating = updating;
        return this;
    }

    public DifferentialEvolutionOptions maxfun(long maxfun) {
        this.maxfun = maxfun;
        return this;
    }

    /** A first guess, which replaces the first member of the initial population. */
    public DifferentialEvolutionOptions x0(double[] x0) {
        this.x0 = x0.clone();
        return this;
    }

    /** Which variables take only integer values (one flag per variable). */
    public DifferentialEvolutionOptions integrality(boolean[] integrality) {
        this.integrality = integrality.clone();
        return this;
    }
}
