package org.sciaccel.interpolate;

import java.util.Arrays;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;

/**
 * A 1-D smoothing spline of degree k (1 to 5), SciPy 1.10's {@code scipy.interpolate.UnivariateSpline}:
 * FITPACK's curfit with the same knots, coefficients and residual as SciPy. Build one with
 * {@link Interpolate#univariateSpline}; evaluate it with {@link #call} on any backend (the points'
 * backend evaluates, see {@link org.sciaccel.spi.SplineCurveOps}).
 *
 * <p>The fit keeps FITPACK's state so {@link #setSmoothingFactor} continues from the knots found, as
 * SciPy does. A spline made by {@link #derivative} or {@link #antiderivative} has no data and no
 * residual ({@link #getResidual} is NaN, where SciPy returns None).
 */
public class UnivariateSpline {
    private CurveFit data;
    private Tck tck;
    private final Extrapolation ext;
    private final boolean leastSquares;

    UnivariateSpline(CurveFit data, Extrapolation ext, boolean leastSquares) {
        this.data = data;
        this.ext = ext;
        this.leastSquares = leastSquares;
        reset();
    }

    /** A spline from a (t, c, k) triple, as SciPy's {@code _from_tck}. */
    UnivariateSpline(Tck tck, Extrapolation ext) {
        this.data = null;
        this.tck = tck;
        this.ext = ext;
        this.leastSquares = false;
    }

    private void reset() {
        tck = new Tck(data.knots(), data.coefficients(), data.k);
        int ier = data.ier;
        if (ier != 0 && ier != -1 && ier != -2) {
            Warnings.warn(Warnings.Category.USER, curfitMessage(ier));
        }
    }

    /** SciPy's {@code _curfit_messages}. */
    static String curfitMessage(int ier) {
        switch (ier) {
            case 1:
                return "\nThe required storage space exceeds the available storage space, as\n"
                        + "specified by the parameter nest: nest too small. If nest is already\n"
                        + "large (say nest > m/2), it may also indicate that s is too small.\n"
                        + "The approximation returned is the weighted least-squares spline\n"
                        + "according to the knots t[0],t[1],...,t[n-1]. (n=nest) the parameter fp\n"
                        + "gives the corresponding weighted sum of squared residuals (fp>s).\n";
            case 2:
                return "\nA theoretically impossible result was found during the iteration\n"
                        + "process for finding a smoothing spline with fp = s: s too small.\n"
                        + "There is an approximation returned but the corresponding weighted sum\n"
                        + "of squared residuals does not satisfy the condition abs(fp-s)/s < tol.";
            case 3:
                return "\nThe maximal number of iterations maxit (set to 20 by the program)\n"
                        + "allowed for finding a smoothing spline with fp=s has been reached: s\n"
                        + "too small.\n"
                        + "There is an approximation returned but the corresponding weighted sum\n"
                        + "of squared residuals does not satisfy the condition abs(fp-s)/s < tol.";
            case 10:
                return "\nError on entry, no approximation returned. The following conditions\n"
                        + "must hold:\n"
                        + "xb<=x[0]<x[1]<...<x[m-1]<=xe, w[i]>0, i=0..m-1\n"
                        + "if iopt=-1:\n"
                        + "  xb<t[k+1]<t[k+2]<...<t[n-k-2]<xe";
            default:
                return "ier=" + ier;
        }
    }

    /** The degree k. */
    public int k() {
        return tck.k();
    }

    /** The default extrapolation mode of {@link #call}. */
    public Extrapolation ext() {
        return ext;
    }

    /** FITPACK's ier of the last fit (0, -1 interpolating, -2 least-squares polynomial, 1 to 3 warnings); 0 without data. */
    public int ier() {
        return data == null ? 0 : data.ier;
    }

    /** The spline as a (t, c, k) triple: all n knots and n coefficients, SciPy's {@code _eval_args}. */
    public Tck tck() {
        return tck;
    }

    /** The interior and end knots {@code t[k : n-k]}, SciPy's {@code get_knots()}. */
    public double[] getKnots() {
        double[] t = tck.knotsRef();
        int k = tck.k();
        return Arrays.copyOfRange(t, k, t.length - k);
    }

    /** The n - k - 1 B-spline coefficients, SciPy's {@code get_coeffs()}. */
    public double[] getCoeffs() {
        int k = tck.k();
        return Arrays.copyOf(tck.coefficientsRef(), tck.knotsRef().length - k - 1);
    }

    /** The weighted residual sum of squares {@code sum((w*(y - s(x)))**2)}; NaN for a spline without data. */
    public double getResidual() {
        return data == null ? Double.NaN : data.fp;
    }

    /** The spline at the points of {@code x} (any shape, on any backend): float64, on x's backend. */
    public NDArray call(NDArray x) {
        return call(x, 0, ext);
    }

    /** The nu-th derivative at the points of {@code x}. */
    public NDArray call(NDArray x, int nu) {
        return call(x, nu, ext);
    }

    /**
     * The nu-th derivative at the points of {@code x} with extrapolation mode {@code ext}, SciPy's
     * {@code __call__(x, nu, ext)}; an empty x gives an empty 1-D array, as SciPy does.
     */
    public NDArray call(NDArray x, int nu, Extrapolation ext) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (ext == null) {
            throw new IllegalArgumentException("ext: null");
        }
        if (x.size() == 0) {
            return NDArray.fromHost(x.backend(), org.sciaccel.HostArray.zeros(org.sciaccel.DType.FLOAT64, 0));
        }
        return SplineFunctions.splev(x, tck, nu, ext);
    }

    /** The spline at host points. */
    public double[] call(double[] x) {
        return call(x, 0);
    }

    /** The nu-th derivative at host points, with the spline's extrapolation mode. */
    public double[] call(double[] x, int nu) {
        return SplineFunctions.splev(x, tck, nu, ext);
    }

    /** The spline at one point. */
    public double call(double x) {
        return call(new double[] {x}, 0)[0];
    }

    /** The definite integral over [a, b], the spline taken as zero outside its base interval. */
    public double integral(double a, double b) {
        return SplineFunctions.splint(a, b, tck);
    }

    /** The zeros (cubic splines only), at most 10 as SciPy's sproot(mest=10) finds them. */
    public double[] roots() {
        if (tck.k() != 3) {
            throw new UnsupportedOperationException("roots: finding roots unsupported for non-cubic splines (k="
                    + tck.k() + ")");
        }
        return SplineFunctions.sproot(tck, 10);
    }

    /** The n-th derivative as a spline of degree k - n (ext 'const' becomes 'zeros', as SciPy does). */
    public UnivariateSpline derivative(int n) {
        Tck d = SplineFunctions.splder(tck, n);
        return new UnivariateSpline(d, ext == Extrapolation.CONST ? Extrapolation.ZEROS : ext);
    }

    /** The first derivative. */
    public UnivariateSpline derivative() {
        return derivative(1);
    }

    /** The n-th antiderivative as a spline of degree k + n (at most 5 here). */
    public UnivariateSpline antiderivative(int n) {
        return new UnivariateSpline(SplineFunctions.splantider(tck, n), ext);
    }

    /** The first antiderivative. */
    public UnivariateSpline antiderivative() {
        return antiderivative(1);
    }

    /**
     * Continues the fit with smoothing factor s from the knots found last, SciPy's
     * {@code set_smoothing_factor}. A least-squares spline on given knots keeps its fit (with SciPy's warning).
     */
    public void setSmoothingFactor(double s) {
        if (data == null) {
            throw new IllegalStateException("setSmoothingFactor: this spline was made from (t, c, k) and has no data");
        }
        if (leastSquares) {
            Warnings.warn(Warnings.Category.USER, "smoothing factor unchanged forLSQ spline with fixed knots");
            return;
        }
        if (!(s >= 0.0)) {
            throw new IllegalArgumentException("s: s >= 0.0 must hold (s=" + s + ")");
        }
        data.s = s;
        data.fpcurf(1);
        if (data.ier == 1) {
            UnivariateFits.resetNest(data);
        }
        reset();
    }
}
