package org.sciaccel.integrate;

import java.util.Arrays;
import java.util.List;

/**
 * scipy.integrate.nquad's recursion (SciPy 1.10's _NQuad): the outermost variable is integrated
 * first, each evaluation of a level's integrand being the integral of the next level inward, with
 * the limits and options of each level evaluated at the outer variables; break points outside a
 * level's limits are dropped (low <= p <= high kept). dblquad and tplquad are nquad with SciPy's
 * argument order (func(y, x), func(z, y, x)).
 */
final class MultipleQuad {
    private final Integrand func;
    private final List<Bounds> ranges;
    private final List<QuadOptions> opts;
    private final int depth;
    private double abserr;
    private int neval;

    private MultipleQuad(Integrand func, List<Bounds> ranges, List<QuadOptions> opts) {
        this.func = func;
        this.ranges = ranges;
        this.opts = opts;
        this.depth = ranges.size();
    }

    static NquadResult nquad(Integrand func, List<Bounds> ranges, List<QuadOptions> opts) {
        MultipleQuad q = new MultipleQuad(func, ranges, opts);
        double v = q.integrate(new double[0], 0);
        return new NquadResult(v, q.abserr, q.neval);
    }

    /** The integral over level depth-1-level's variable given the outer variables {@code args}. */
    private double integrate(double[] args, int level) {
        int ind = depth - 1 - level;
        double[] lim = ranges.get(ind).at(args.clone());
        if (lim == null || lim.length != 2) {
            throw new IllegalArgumentException("ranges: level " + ind + " gave " + Arrays.toString(lim)
                    + "; limits are (low, high)");
        }
        double low = lim[0];
        double high = lim[1];
        QuadOptions opt = opts.get(ind).copy();
        if (opt.points != null) {
            opt.points = Arrays.stream(opt.points).filter(x -> low <= x && x <= high).toArray();
        }
        double[] inner = new double[args.length + 1];
        System.arraycopy(args, 0, inner, 1, args.length);
        QuadResult r;
        if (level + 1 == depth) {
            r = Quad.quad(t -> {
                inner[0] = t;
                return func.value(inner.clone());
            }, low, high, opt);
            neval += r.neval();
        } else {
            r = Quad.quad(t -> {
                double[] next = inner.clone();
                next[0] = t;
                return integrate(next, level + 1);
            }, low, high, opt);
        }
        abserr = Math.max(abserr, r.abserr());
        return r.y();
    }
}
