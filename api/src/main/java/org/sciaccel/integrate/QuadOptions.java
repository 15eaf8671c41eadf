package org.sciaccel.integrate;

/**
 * The optional parameters of {@link Integrate#quad}, SciPy's keywords with SciPy's defaults:
 * {@code epsabs} 1.49e-8, {@code epsrel} 1.49e-8, {@code limit} 50, {@code points} none,
 * {@code weight} none ('cos', 'sin', 'alg', 'alg-loga', 'alg-logb', 'alg-log', 'cauchy'),
 * {@code wvar} (omega for cos/sin, (alpha, beta) for the alg weights, c for cauchy), {@code maxp1}
 * 50, {@code limlst} 50, {@code full_output} false (with it, a QUADPACK warning is returned in the
 * result's message rather than emitted as an IntegrationWarning).
 */
public final class QuadOptions {
    double epsabs = 1.49e-8;
    double epsrel = 1.49e-8;
    int limit = 50;
    double[] points;
    String weight;
    double[] wvar;
    int maxp1 = 50;
    int limlst = 50;
    boolean fullOutput;

    private QuadOptions() {
    }

    /** SciPy's defaults. */
    public static QuadOptions options() {
        return new QuadOptions();
    }

    /** A copy (nquad hands one to every level). */
    QuadOptions copy() {
        QuadOptions o = new QuadOptions();
        o.epsabs = epsabs;
        o.epsrel = epsrel;
        o.limit = limit;
        o.points = points == null ? null : points.clone();
        o.weight = weight;
        o.wvar = wvar == null ? null : wvar.clone();
        o.maxp1 = maxp1;
        o.limlst = limlst;
        o.fullOutput = fullOutput;
        return o;
    }

    public QuadOptions epsabs(double v) {
        epsabs = v;
        return this;
    }

    public QuadOptions epsrel(double v) {
        epsrel = v;
        return this;
    }

    public QuadOptions limit(int v) {
        limit = v;
        return this;
    }

    /** Break points inside (a, b) where the integrand is difficult (qagpe). */
    public QuadOptions points(double... v) {
        points = v == null ? null : v.clone();
        return this;
    }

    public QuadOptions weight(String v) {
        weight = v;
        return this;
    }

    public QuadOptions wvar(double... v) {
        wvar = v == null ? null : v.clone();
        return this;
    }

    public QuadOptions maxp1(int v) {
        maxp1 = v;
        return this;
    }

    public QuadOptions limlst(int v) {
        limlst = v;
        return this;
    }

    public QuadOptions fullOutput(boolean v) {
        fullOutput = v;
        return this;
    }
}
