package org.sciaccel.registry;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.BisplrepResult;
import org.sciaccel.interpolate.Interp2d;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.RectBivariateSpline;
import org.sciaccel.interpolate.SplrepResult;
import org.sciaccel.interpolate.Tck;

/**
 * {@code scipy.interpolate}'s FITPACK functions that run on the host whatever the backend:
 * {@code splrep} (curfit), {@code splint}, {@code sproot}, {@code splder} and {@code splantider} on
 * (t, c, k) triples, {@code RectBivariateSpline} (regrid), {@code interp2d} on a rectangular grid,
 * {@code bisplrep} (surfit) and {@code bisplev};
 * array results are placed on the call's backend.
 */
final class InterpolateFitpackHostEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("interpolate.splrep")
                .summary("Finds FITPACK's B-spline representation (t, c, k) of a curve through or near (x, y).")
                .input("x", "the data's x, increasing (1-D)")
                .input("y", "the data's y (1-D, as long as x)")
                .param(ParamSpec.optionalNone("w", ParamTypes.REAL_ARRAY, "weights (none: all 1)"))
                .param(ParamSpec.optionalNone("xb", ParamTypes.REAL_NUMBER, "the interval's start (none: x[0])"))
                .param(ParamSpec.optionalNone("xe", ParamTypes.REAL_NUMBER, "the interval's end (none: x[-1])"))
                .param(ParamSpec.optional("k", ParamTypes.INT, "3", "the degree, 1 <= k <= 5"))
                .param(ParamSpec.optional("task", ParamTypes.INT, "0", "0: find the knots; -1: use the knots t"))
                .param(ParamSpec.optionalNone("s", ParamTypes.REAL_NUMBER,
                        "the smoothing factor (none: 0 without weights, m - sqrt(2m) with them)"))
                .param(ParamSpec.optionalNone("t", ParamTypes.REAL_ARRAY, "the interior knots (task=-1)"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also return fp, ier and msg"))
                .param(ParamSpec.optional("per", ParamTypes.INT, "0", "periodic fit (only 0 is supported)"))
                .param(ParamSpec.optional("quiet", ParamTypes.BOOL, "true", "no warning for ier <= 0"))
                .output("t", "the knots")
                .output("c", "the coefficients (as many as knots)")
                .output("k", "the degree")
                .optionalOutput("fp", "the weighted sum of squared residuals (full_output)")
                .optionalOutput("ier", "FITPACK's ier (full_output)")
                .optionalOutput("msg", "ier's message (full_output)")
                .invoker(a -> {
                    InterpolateFitpackEntries.refuseExtended("interpolate.splrep", a);
                    if (a.integer("per") != 0) {
                        throw new UnsupportedOperationException("per: periodic splines (percur) are not supported");
                    }
                    SplrepResult r = Interpolate.splrepFull(InterpolateFitpackEntries.hostValues(a.input(0), "x"),
                            InterpolateFitpackEntries.hostValues(a.input(1), "y"), a.reals("w"),
                            a.isNone("xb") ? null : a.real("xb"), a.isNone("xe") ? null : a.real("xe"),
                            a.integer("k"), a.integer("task"), a.isNone("s") ? null : a.real("s"), a.reals("t"),
                            a.flag("quiet"));
                    OpOutputs out = tck(a, r.tck());
                    if (a.flag("full_output")) {
                        out.scalar("fp", r.fp()).scalar("ier", r.ier()).text("msg", r.message());
                    }
                    return out;
                })
                .build());
        registry.add(OpSpec.builder("interpolate.RectBivariateSpline")
                .summary("Fits FITPACK's bivariate spline on a rectangular grid and evaluates it (or a partial"
                        + " derivative) on the grid x_new by y_new, or at the points (x_new[i], y_new[i]).")
                .input("x", "the grid's x, strictly increasing (1-D)")
                .input("y", "the grid's y, strictly increasing (1-D)")
                .input("z", "the values, shape (len(x), len(y))")
                .input("x_new", "x of the points to evaluate at (1-D)")
                .input("y_new", "y of the points to evaluate at (1-D)")
                .param(ParamSpec.optionalNone("bbox", ParamTypes.REAL_ARRAY, "xb,xe,yb,ye (none: the data's ends)"))
                .param(ParamSpec.optional("kx", ParamTypes.INT, "3", "the degree in x, 1..5"))
                .param(ParamSpec.optional("ky", ParamTypes.INT, "3", "the degree in y, 1..5"))
                .param(ParamSpec.optional("s", ParamTypes.REAL_NUMBER, "0.0", "the smoothing factor"))
                .param(ParamSpec.optional("dx", ParamTypes.INT, "0", "the order of the x derivative"))
                .param(ParamSpec.optional("dy", ParamTypes.INT, "0", "the order of the y derivative"))
                .param(ParamSpec.optional("grid", ParamTypes.BOOL, "true",
                        "true: the grid x_new by y_new; false: the points (x_new[i], y_new[i]) (ev)"))
                .param(ParamSpec.optionalNone("integral", ParamTypes.REAL_ARRAY,
                        "xa,xb,ya,yb: also return the integral over that rectangle"))
                .output("result", "the values: (len(x_new), len(y_new)) on the grid, else (len(x_new),)")
                .output("tx", "get_knots()[0]")
                .output("ty", "get_knots()[1]")
                .output("coeffs", "get_coeffs()")
                .output("residual", "get_residual()")
                .optionalOutput("integral", "integral(xa, xb, ya, yb), when asked")
                .invoker(a -> {
                    InterpolateFitpackEntries.refuseExtended("interpolate.RectBivariateSpline", a);
                    double[] bb = a.reals("bbox");
                    Double[] bbox = null;
                    if (bb != null) {
                        if (bb.length != 4) {
                            throw new IllegalArgumentException("bbox: bbox shape should be (4,), got " + bb.length
                                    + " values");
                        }
                        bbox = new Double[] {bb[0], bb[1], bb[2], bb[3]};
                    }
                    RectBivariateSpline r = Interpolate.rectBivariateSpline(vector(a.input(0), "x"),
                            vector(a.input(1), "y"), matrix(a.input(2), "z"), bbox, a.integer("kx"), a.integer("ky"),
                            a.real("s"));
                    double[] xn = vector(a.input(3), "x_new");
                    double[] yn = vector(a.input(4), "y_new");
                    NDArray result;
                    if (a.flag("grid")) {
                        result = array(a, r.call(xn, yn, a.integer("dx"), a.integer("dy")), xn.length, yn.length);
                    } else {
                        result = InterpolateFitpackEntries.vector(a.backend(), r.ev(xn, yn, a.integer("dx"),
                                a.integer("dy")));
                    }
                    OpOutputs out = new OpOutputs().array("result", result)
                            .array("tx", InterpolateFitpackEntries.vector(a.backend(), r.knotsX()))
                            .array("ty", InterpolateFitpackEntries.vector(a.backend(), r.knotsY()))
                            .array("coeffs", InterpolateFitpackEntries.vector(a.backend(), r.getCoeffs()))
                            .scalar("residual", r.getResidual());
                    double[] box = a.reals("integral");
                    if (box != null) {
                        if (box.length != 4) {
                            throw new IllegalArgumentException("integral: expected xa,xb,ya,yb, got " + box.length
                                    + " values");
                        }
                        out.scalar("integral", r.integral(box[0], box[1], box[2], box[3]));
                    }
                    return out;
                })
                .build());
        registry.add(OpSpec.builder("interpolate.interp2d")
                .summary("SciPy 1.10's interp2d on a rectangular grid (FITPACK's regrid with s=0), evaluated on the"
                        + " grid x_new by y_new.")
                .input("x", "the grid's x (1-D)")
                .input("y", "the grid's y (1-D)")
                .input("z", "the values, shape (len(y), len(x))")
                .input("x_new", "x of the grid to evaluate on (1-D)")
                .input("y_new", "y of the grid to evaluate on (1-D)")
                .param(ParamSpec.optional("kind", ParamTypes.STRING, "linear", "linear, cubic or quintic"))
                .param(ParamSpec.optional("bounds_error", ParamTypes.BOOL, "false", "raise for points outside"))
                .param(ParamSpec.optionalNone("fill_value", ParamTypes.REAL_NUMBER,
                        "the value outside the data (none: the spline's edge values)"))
                .param(ParamSpec.optional("dx", ParamTypes.INT, "0", "the order of the x derivative"))
                .param(ParamSpec.optional("dy", ParamTypes.INT, "0", "the order of the y derivative"))
                .param(ParamSpec.optional("assume_sorted", ParamTypes.BOOL, "false", "x_new and y_new already sorted"))
                .output("result", "the values, shape (len(y_new), len(x_new)); (len(x_new),) for one y_new")
                .invoker(a -> {
                    InterpolateFitpackEntries.refuseExtended("interpolate.interp2d", a);
                    Interp2d f = Interpolate.interp2d(vector(a.input(0), "x"), vector(a.input(1), "y"),
                            matrix(a.input(2), "z"), a.text("kind"), a.flag("bounds_error"),
                            a.isNone("fill_value") ? null : a.real("fill_value"));
                    double[] xn = vector(a.input(3), "x_new");
                    double[] yn = vector(a.input(4), "y_new");
                    double[][] v = f.call(xn, yn, a.integer("dx"), a.integer("dy"), a.flag("assume_sorted"));
                    if (v.length == 1) {
                        return OpOutputs.result(InterpolateFitpackEntries.vector(a.backend(), v[0]));
                    }
                    return OpOutputs.result(array(a, v, yn.length, xn.length));
                })
                .build());
        registry.add(OpSpec.builder("interpolate.bisplrep")
                .summary("Finds FITPACK's bivariate B-spline (tx, ty, c, kx, ky) of a surface through or near"
                        + " scattered points (surfit, where its system keeps full rank).")
                .input("x", "the points' x (1-D)")
                .input("y", "the points' y (1-D)")
                .input("z", "the points' values (1-D)")
                .param(ParamSpec.optionalNone("w", ParamTypes.REAL_ARRAY, "weights (none: all 1)"))
                .param(ParamSpec.optionalNone("xb", ParamTypes.REAL_NUMBER, "the domain's x start (none: min(x))"))
                .param(ParamSpec.optionalNone("xe", ParamTypes.REAL_NUMBER, "the domain's x end (none: max(x))"))
                .param(ParamSpec.optionalNone("yb", ParamTypes.REAL_NUMBER, "the domain's y start (none: min(y))"))
                .param(ParamSpec.optionalNone("ye", ParamTypes.REAL_NUMBER, "the domain's y end (none: max(y))"))
                .param(ParamSpec.optional("kx", ParamTypes.INT, "3", "the degree in x, 1..5"))
                .param(ParamSpec.optional("ky", ParamTypes.INT, "3", "the degree in y, 1..5"))
                .param(ParamSpec.optional("task", ParamTypes.INT, "0", "0 only (find the knots)"))
                .param(ParamSpec.optionalNone("s", ParamTypes.REAL_NUMBER, "the smoothing factor (none: m - sqrt(2m))"))
                .param(ParamSpec.optional("eps", ParamTypes.REAL_NUMBER, "1e-16", "the rank threshold, 0 < eps < 1"))
                .param(ParamSpec.optional("full_output", ParamTypes.BOOL, "false", "also return fp, ier and msg"))
                .param(ParamSpec.optionalNone("nxest", ParamTypes.INT, "the most knots in x (none: SciPy's)"))
                .param(ParamSpec.optionalNone("nyest", ParamTypes.INT, "the most knots in y (none: SciPy's)"))
                .param(ParamSpec.optional("quiet", ParamTypes.BOOL, "true", "no warning for ier <= 0"))
                .output("tx", "the knots in x")
                .output("ty", "the knots in y")
                .output("c", "the coefficients, x-major")
                .output("kx", "the degree in x")
                .output("ky", "the degree in y")
                .optionalOutput("fp", "the weighted sum of squared residuals (full_output)")
                .optionalOutput("ier", "FITPACK's ier (full_output)")
                .optionalOutput("msg", "ier's message (full_output)")
                .invoker(a -> {
                    InterpolateFitpackEntries.refuseExtended("interpolate.bisplrep", a);
                    if (a.integer("task") != 0) {
                        throw new UnsupportedOperationException("task: only task=0 is supported (got "
                                + a.integer("task") + ")");
                    }
                    BisplrepResult r = Interpolate.bisplrep(vector(a.input(0), "x"), vector(a.input(1), "y"),
                            vector(a.input(2), "z"), a.reals("w"), nullable(a, "xb"), nullable(a, "xe"),
                            nullable(a, "yb"), nullable(a, "ye"), a.integer("kx"), a.integer("ky"), nullable(a, "s"),
                            a.real("eps"), a.isNone("nxest") ? null : a.integer("nxest"),
                            a.isNone("nyest") ? null : a.integer("nyest"));
                    OpOutputs out = new OpOutputs().array("tx", InterpolateFitpackEntries.vector(a.backend(), r.tx()))
                            .array("ty", InterpolateFitpackEntries.vector(a.backend(), r.ty()))
                            .array("c", InterpolateFitpackEntries.vector(a.backend(), r.c()))
                            .scalar("kx", r.kx()).scalar("ky", r.ky());
                    if (a.flag("full_output")) {
                        out.scalar("fp", r.fp()).scalar("ier", r.ier()).text("msg", r.message());
                    }
                    return out;
                })
                .build());
        registry.add(OpSpec.builder("interpolate.bisplev")
                .summary("Evaluates a bivariate B-spline (tx, ty, c, kx, ky) or a partial derivative on the grid x"
                        + " by y, as FITPACK's bispev/parder.")
                .input("x", "the grid's x, non-decreasing (1-D)")
                .input("y", "the grid's y, non-decreasing (1-D)")
                .param(ParamSpec.required("tx", ParamTypes.REAL_ARRAY, "the knots in x"))
                .param(ParamSpec.required("ty", ParamTypes.REAL_ARRAY, "the knots in y"))
                .param(ParamSpec.required("c", ParamTypes.REAL_ARRAY, "the coefficients, x-major"))
                .param(ParamSpec.optional("kx", ParamTypes.INT, "3", "the degree in x"))
                .param(ParamSpec.optional("ky", ParamTypes.INT, "3", "the degree in y"))
                .param(ParamSpec.optional("dx", ParamTypes.INT, "0", "the order of the x derivative, 0 <= dx < kx"))
                .param(ParamSpec.optional("dy", ParamTypes.INT, "0", "the order of the y derivative, 0 <= dy < ky"))
                .output("result", "(len(x), len(y)); SciPy's squeeze: (len(y),) for one x, a number for one point")
                .invoker(a -> {
                    InterpolateFitpackEntries.refuseExtended("interpolate.bisplev", a);
                    double[] xs = vector(a.input(0), "x");
                    double[] ys = vector(a.input(1), "y");
                    double[][] v = Interpolate.bisplev(xs, ys, a.reals("tx"), a.reals("ty"), a.reals("c"),
                            a.integer("kx"), a.integer("ky"), a.integer("dx"), a.integer("dy"));
                    if (xs.length > 1) {
                        return OpOutputs.result(array(a, v, xs.length, ys.length));
                    }
                    if (ys.length > 1) {
                        return OpOutputs.result(InterpolateFitpackEntries.vector(a.backend(), v[0]));
                    }
                    return new OpOutputs().scalar("result", v[0][0]);
                })
                .build());
        registry.add(tckOp("interpolate.splint", "The definite integral of a B-spline (t, c, k) over [a, b].")
                .param(ParamSpec.required("a", ParamTypes.REAL_NUMBER, "the lower limit"))
                .param(ParamSpec.required("b", ParamTypes.REAL_NUMBER, "the upper limit"))
                .output("result", "the integral (the spline taken as zero outside its base interval)")
                .invoker(a -> new OpOutputs().scalar("result", Interpolate.splint(a.real("a"), a.real("b"), tck(a))))
                .build());
        registry.add(tckOp("interpolate.sproot", "The zeros of a cubic B-spline (t, c, k).")
                .param(ParamSpec.optional("mest", ParamTypes.INT, "10", "the most zeros returned"))
                .output("result", "the zeros, increasing")
                .invoker(a -> OpOutputs.result(InterpolateFitpackEntries.vector(a.backend(),
                        Interpolate.sproot(tck(a), a.integer("mest")))))
                .build());
        registry.add(tckOp("interpolate.splder", "The B-spline (t, c, k) of the n-th derivative of a B-spline.")
                .param(ParamSpec.optional("n", ParamTypes.INT, "1", "the order (negative: an antiderivative)"))
                .output("t", "the knots").output("c", "the coefficients").output("k", "the degree")
                .invoker(a -> tck(a, Interpolate.splder(tck(a), a.integer("n"))))
                .build());
        registry.add(tckOp("interpolate.splantider", "The B-spline (t, c, k) of the n-th antiderivative of a"
                + " B-spline.")
                .param(ParamSpec.optional("n", ParamTypes.INT, "1", "the order (negative: a derivative)"))
                .output("t", "the knots").output("c", "the coefficients").output("k", "the degree")
                .invoker(a -> tck(a, Interpolate.splantider(tck(a), a.integer("n"))))
                .build());
    }

    private static OpSpec.Builder tckOp(String name, String summary) {
        return OpSpec.builder(name).summary(summary)
                .param(ParamSpec.required("t", ParamTypes.REAL_ARRAY, "the knots"))
                .param(ParamSpec.required("c", ParamTypes.REAL_ARRAY, "the B-spline coefficients"))
                .param(ParamSpec.required("k", ParamTypes.INT, "the degree"));
    }

    private static Tck tck(OpArgs a) {
        return new Tck(a.reals("t"), a.reals("c"), a.integer("k"));
    }

    private static OpOutputs tck(OpArgs a, Tck r) {
        return new OpOutputs().array("t", InterpolateFitpackEntries.vector(a.backend(), r.t()))
                .array("c", InterpolateFitpackEntries.vector(a.backend(), r.c()))
                .scalar("k", r.k());
    }

    private static Double nullable(OpArgs a, String name) {
        return a.isNone(name) ? null : a.real(name);
    }

    private static double[] vector(NDArray a, String name) {
        return InterpolateFitpackEntries.hostValues(a, name);
    }

    private static double[][] matrix(NDArray a, String name) {
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(name + ": expected a 2-D array, got " + a.ndim() + "-D");
        }
        int r = a.shape(0);
        int c = a.shape(1);
        double[] flat = a.toDoubleArray();
        double[][] m = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(flat, i * c, m[i], 0, c);
        }
        return m;
    }

    private static NDArray array(OpArgs a, double[][] v, int rows, int cols) {
        double[] flat = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(v[i], 0, flat, i * cols, cols);
        }
        return NDArray.fromHost(a.backend(), HostArray.fromDoubles(flat, DType.FLOAT64, rows, cols));
    }
}
