package org.sciaccel.integrate;

import java.util.List;

/**
 * odeint's optional arguments, by SciPy's names and with its defaults (rtol = atol = 1.49012e-8,
 * mxordn 12, mxords 5, the package's h0 and step limits). {@code args} binds a formula's named
 * constants; {@code dfun(true)} uses a formula's symbolic Jacobian as {@code Dfun}. Banded
 * Jacobians ({@code ml}, {@code mu}) are not supported.
 */
public final class OdeintOptions {
    static final double DEFAULT_TOL = 1.49012e-8;

    double[] rtol = {DEFAULT_TOL};
    double[] atol = {DEFAULT_TOL};
    double[] tcrit;
    double h0;
    double hmax;
    double hmin;
    int mxstep;
    int mxhnil;
    int mxordn = 12;
    int mxords = 5;
    boolean dfun;
    List<String> argNames = List.of();
    double[] argValues = new double[0];

    private OdeintOptions() {
    }

    public static OdeintOptions options() {
        return new OdeintOptions();
    }

    /** Relative tolerance, a scalar or one per component. */
    public OdeintOptions rtol(double... rtol) {
        this.rtol = check("rtol", rtol);
        return this;
    }

    /** Absolute tolerance, a scalar or one per component. */
    public OdeintOptions atol(double... atol) {
        this.atol = check("atol", atol);
        return this;
    }

    /** Critical times the integration must not step past (odeint's tcrit). */
    public OdeintOptions tcrit(double... tcrit) {
        if (tcrit == null) {
            throw new IllegalArgumentException("tcrit: null");
        }
        this.tcrit = tcrit.clone();
        return this;
    }

    /** The first step to try; 0 lets the solver choose. */
    public OdeintOptions h0(double h0) {
        this.h0 = h0;
        return this;
    }

    /** The largest |step|; 0 for no limit. */
    public OdeintOptions hmax(double hmax) {
        if (!(hmax >= 0)) {
            throw new IllegalArgumentException("hmax: " + hmax + " is < 0");
        }
        this.hmax = hmax;
        return this;
    }

    /** The smallest |step|. */
    public OdeintOptions hmin(double hmin) {
        if (!(hmin >= 0)) {
            throw new IllegalArgumentException("hmin: " + hmin + " is < 0");
        }
        this.hmin = hmin;
        return this;
    }

    /** Steps allowed per output time; 0 for the solver's 500. */
    public OdeintOptions mxstep(int mxstep) {
        if (mxstep < 0) {
            throw new IllegalArgumentException("mxstep: " + mxstep + " is < 0");
        }
        this.mxstep = mxstep;
        return this;
    }

    /** How many times the t + h = t warning is given; 0 for 10. */
    public OdeintOptions mxhnil(int mxhnil) {
        if (mxhnil < 0) {
            throw new IllegalArgumentException("mxhnil: " + mxhnil + " is < 0");
        }
        this.mxhnil = mxhnil;
        return this;
    }

    /** The Adams methods' order limit (at most 12; 0 for 12). */
    public OdeintOptions mxordn(int mxordn) {
        if (mxordn < 0) {
            throw new IllegalArgumentException("mxordn: " + mxordn + " is < 0");
        }
        this.mxordn = mxordn;
        return this;
    }

    /** The BDF methods' order limit (at most 5; 0 for 5). */
    public OdeintOptions mxords(int mxords) {
        if (mxords < 0) {
            throw new IllegalArgumentException("mxords: " + mxords + " is < 0");
        }
        this.mxords = mxords;
        return this;
    }

    /** For formulas: use the symbolic Jacobian as Dfun (otherwise the solver's finite differences). */
    public OdeintOptions dfun(boolean dfun) {
        this.dfun = dfun;
        return this;
    }

    /** For formulas: the named constants and their values (SciPy's args). */
    public OdeintOptions args(List<String> names, double... values) {
        if (names == null) {
            throw new IllegalArgumentException("args: null names");
        }
        if (values == null || values.length != names.size()) {
            throw new IllegalArgumentException("args: " + (values == null ? 0 : values.length) + " values for the "
                    + names.size() + " constants " + names);
        }
        this.argNames = List.copyOf(names);
        this.argValues = values.clone();
        return this;
    }

    private static double[] check(String name, double[] v) {
        if (v == null || v.length == 0) {
            throw new IllegalArgumentException(name + ": needs a scalar or one value per component");
        }
        for (double x : v) {
            if (!(x >= 0)) {
                throw new IllegalArgumentException(name + ": " + x + " is < 0 (or NaN)");
            }
        }
        return v.clone();
    }
}
