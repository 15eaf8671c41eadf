package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * The one place where conformance tolerances are stated, per result dtype:
 * <ul>
 * <li>float32: {@code |got - expected| <= 1e-5 * max|expected|}, the maximum taken over the finite
 *     expected values;</li>
 * <li>float64: the same with {@code 1e-10};</li>
 * <li>float16: the same with {@code 1e-3}, float16's own precision (2^-10 = 9.8e-4 is one unit in
 *     the last place at 1; NumPy stores half and computes in float32, so a result can sit one half
 *     ulp from SciPy's);</li>
 * <li>integer types: exactly equal (against SciPy; between two backends see
 *     {@link #crossBackendIntegerSlack}).</li>
 * </ul>
 * For the float types, where the reference is NaN the result must be NaN, where it is +inf or
 * -inf the result must be the same infinity, and where it is finite the result must be finite.
 * Complex results are compared part by part under their precision's bound, relative to the
 * largest part. The FFT family's bound ({@link #fftRelative}) is stated relative to the largest
 * magnitude of SciPy's full result, as the FFT issue defines it. Scalars and structured (JSON)
 * results follow the same per-dtype rule; a label measurement's result is judged at the precision
 * of the measured input ({@link #measurementMismatch}).
 * dtype and shape must match exactly. These bounds are the project's definition of "matches SciPy";
 * they are never widened to make a case pass.
 */
final class Tolerances {
    /** Relative tolerance for float32 results. */
    static final double FLOAT32_RELATIVE = 1e-5;
    /** Relative tolerance for float64 results. */
    static final double FLOAT64_RELATIVE = 1e-10;
    /** Relative tolerance for float16 results: one unit in the last place of a half near 1. */
    static final double FLOAT16_RELATIVE = 1e-3;

    /** The FFT family's bound for single precision (complex64, float32), relative to max|SciPy's result|. */
    static final double FFT_SINGLE_RELATIVE = 2e-5;
    /** The FFT family's bound for double precision, relative to max|SciPy's result|. */
    static final double FFT_DOUBLE_RELATIVE = 1e-12;

    /**
     * The batched fitter's rule against SciPy's curve_fit ({@code fit_batch_agreement}): at least
     * this fraction of the fits converge with every parameter within {@link #FIT_BATCH_RELATIVE} of
     * SciPy's, relative to SciPy's value (the batched-fit rule of the fit family): the
     * batch is judged as a whole, so a rare fit that stops elsewhere does not fail it.
     */
    static final double FIT_BATCH_MIN_FRACTION = 0.99;
    /** Per parameter, relative to SciPy's value, for a batched fit to count as agreeing. */
    static final double FIT_BATCH_RELATIVE = 2e-3;

    /**
     * curve_fit's rule ({@code fit_parameters}): each element within the bound times its own
     * magnitude, the magnitude floored at {@link #CURVE_FIT_FLOOR} times the largest of the output
     * (so a near-zero covariance entry is judged against the matrix's scale); the bounds are the fit
     * family's curve_fit rule. popt of a formula model within this.
     */
    static final double CURVE_FIT_POPT_RELATIVE = 1e-8;
    /** popt of a Java model function, whose derivatives are forward differences. */
    static final double CURVE_FIT_JAVA_POPT_RELATIVE = 1e-7;
    /** pcov, of either model form. */
    static final double CURVE_FIT_PCOV_RELATIVE = 1e-5;
    /** The floor of the magnitude in curve_fit's rule, as a fraction of the output's largest. */
    static final double CURVE_FIT_FLOOR = 1e-3;
    /**
     * scipy.optimize's minimisers and root finders (the rule): x and fun within this of
     * SciPy's, relative to max(1, |SciPy's value|); counts (nit, nfev, njev), success and message
     * exactly.
     */
    static final double OPTIMIZE_RELATIVE = 1e-6;
    /** quad, nquad, fixed_quad, quadrature, romberg: a value against SciPy's, relative (QUADPACK's same steps). */
    static final double QUAD_RELATIVE = 1e-12;
    /** Their error estimates (abserr, err), relative, or within QUAD_RELATIVE of the integral's magnitude. */
    static final double QUAD_ERROR_RELATIVE = 1e-6;

    /**
     * The batched ODE solver's rule ({@code ivp_batch}, the bound for solve_ivp_batch): each
     * system's y within this times the largest magnitude of SciPy's y of that system (NaN where SciPy
     * did not reach); nfev, status and nsteps exactly. A step-size control amplifies the last bits of
     * a transcendental function (pow of the error norm) through the error estimate's cancellation.
     */
    static final double IVP_BATCH_RELATIVE = 1e-9;

    /** How many differing elements a report lists. */
    private static final int SHOWN = 6;

    private Tolerances() {
    }

    /** The relative tolerance for results of this dtype (0 for the exact integer types). */
    static double relative(DType dtype) {
        switch (dtype) {
            case FLOAT32: return FLOAT32_RELATIVE;
            case FLOAT64: return FLOAT64_RELATIVE;
            case COMPLEX64: return FLOAT32_RELATIVE;
            case COMPLEX128: return FLOAT64_RELATIVE;
            case FLOAT16: return FLOAT16_RELATIVE;
            case UINT8: case UINT16: case INT32: case INT64: case BOOL: return 0.0;
            case INT8: case INT16: case UINT32: case UINT64: return 0.0;
            default: throw new IllegalArgumentException("no tolerance defined for dtype " + dtype);
        }
    }

    /**
     * Compares {@code got} with {@code expected}.
     *
     * @return null if they agree within tolerance, else a multi-line description of every kind of
     *         difference: dtype, shape, count of differing elements, the largest difference against
     *         the allowed one, and the first few differing elements with their indices
     */
    static String mismatch(HostArray expected, HostArray got) {
        return mismatch(expected, got, 0);
    }

    /**
     * How far two backends' integer results may differ: 0 when both sum in double in SciPy's order
     * (then they agree bit for bit); 1 when {@code other} sums in float because its device lacks
     * float64: a float sum can land on the other side of an integer than the double sum, and the
     * truncating cast then differs by one.
     */
    static long crossBackendIntegerSlack(Backend other) {
        return other.supports(DType.FLOAT64) ? 0 : 1;
    }

    /** As {@link #mismatch(HostArray, HostArray)}, letting integers differ by up to {@code integerSlack}. */
    static String mismatch(HostArray expected, HostArray got, long integerSlack) {
        if (got.dtype() != expected.dtype()) {
            return "dtype: got " + got.dtype() + ", expected " + expected.dtype();
        }
        if (!Arrays.equals(got.shape(), expected.shape())) {
            return "shape: got " + Arrays.toString(got.shape()) + ", expected " + Arrays.toString(expected.shape());
        }
        if (expected.dtype().isComplex()) {
            return LinalgChecks.compare("complex parts", LinalgChecks.values(expected), LinalgChecks.values(got),
                    relative(expected.dtype()));
        }
        return expected.dtype().isFloatingPoint() ? floatMismatch(expected, got) : integerMismatch(expected, got, integerSlack);
    }

    /**
     * The FFT family's bound for a result of dtype {@code result} computed from {@code inputs}: a
     * single-precision input makes SciPy's own result single-precision accurate even when it is
     * promoted (fftconvolve transforms a float32 input as complex64), so its bound applies. float16
     * counts as single: scipy.fft transforms it in single precision too.
     */
    static double fftRelative(DType result, List<HostArray> inputs) {
        boolean single = isSingle(result);
        for (HostArray in : inputs) {
            single |= isSingle(in.dtype());
        }
        return single ? FFT_SINGLE_RELATIVE : FFT_DOUBLE_RELATIVE;
    }

    private static boolean isSingle(DType t) {
        return t == DType.COMPLEX64 || t == DType.FLOAT32 || t == DType.FLOAT16;
    }

    /** A scalar result of SciPy dtype {@code dtype}: within the dtype's bound relative to |expected|, integers exact. */
    static String scalarMismatch(Number expected, Number got, DType dtype) {
        double e = expected.doubleValue();
        double g = got.doubleValue();
        if (Double.isNaN(e) || Double.isInfinite(e)) {
            return Double.compare(e, g) == 0 || (Double.isNaN(e) && Double.isNaN(g)) ? null : "got " + g + ", expected " + e;
        }
        if (!dtype.isFloatingPoint()) {
            return expected.longValue() == got.longValue() && g == Math.rint(g) ? null : "got " + got + ", expected " + expected;
        }
        double allowed = relative(dtype) * Math.abs(e);
        return Math.abs(g - e) <= allowed ? null
                : "got " + g + ", expected " + e + " (|diff| " + Math.abs(g - e) + " > " + relative(dtype) + " * |expected|)";
    }

    /**
     * A structured result (nested lists of numbers and nulls, e.g. find_objects' slices): the same
     * nesting and nulls, and every number exactly equal (they are indices and counts).
     */
    static String jsonMismatch(List<?> expected, Object got) {
        return jsonMismatch("", expected, got);
    }

    private static String jsonMismatch(String at, Object e, Object g) {
        if (e == null || g == null) {
            return e == g ? null : at + ": got " + g + ", expected " + e;
        }
        if (e instanceof List<?> el) {
            if (!(g instanceof List<?> gl) || gl.size() != el.size()) {
                return at + ": got " + g + ", expected " + e;
            }
            for (int i = 0; i < el.size(); i++) {
                String why = jsonMismatch(at + "[" + i + "]", el.get(i), gl.get(i));
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (e instanceof String es && g instanceof String gs) {
            // a text (a dendrogram's label or colour) equals SciPy's exactly
            return es.equals(gs) ? null : at + ": got " + g + ", expected " + e;
        }
        if (e instanceof Number || e instanceof String) {
            double ev = Json.number(e).doubleValue();
            double gv = g instanceof Number n ? n.doubleValue() : Double.NaN;
            return Double.compare(ev, gv) == 0 ? null : at + ": got " + g + ", expected " + e;
        }
        return e.equals(g) ? null : at + ": got " + g + ", expected " + e;
    }

    /**
     * A label measurement's result (a number, or nested lists of numbers and nulls) against SciPy's:
     * the same nesting and nulls, NaN where SciPy has NaN, the same infinities, and every finite
     * number within the bound of the measured input's dtype times the largest finite |number| of
     * SciPy's whole result. Float32 input gets the float32 bound; every other input the float64
     * bound, as SciPy measures it in double.
     */
    static String measurementMismatch(Object expected, Object got, DType input) {
        double rel = input == DType.FLOAT32 ? FLOAT32_RELATIVE : input == DType.FLOAT16 ? FLOAT16_RELATIVE
                : FLOAT64_RELATIVE;
        double allowed = rel * largestFinite(expected);
        String why = measurementMismatch("", expected, got, allowed);
        return why == null ? null : why + " (allowed |diff| <= " + rel + " * max|expected| = " + allowed + ")";
    }

    private static double largestFinite(Object v) {
        if (v instanceof List<?> l) {
            double m = 0;
            for (Object x : l) {
                m = Math.max(m, largestFinite(x));
            }
            return m;
        }
        if (v == null) {
            return 0;
        }
        double d = Json.number(v).doubleValue();
        return Double.isFinite(d) ? Math.abs(d) : 0;
    }

    private static String measurementMismatch(String at, Object e, Object g, double allowed) {
        if (e == null || g == null) {
            return e == g ? null : at + ": got " + g + ", expected " + e;
        }
        if (e instanceof List<?> el) {
            if (!(g instanceof List<?> gl) || gl.size() != el.size()) {
                return at + ": got " + g + ", expected " + e;
            }
            for (int i = 0; i < el.size(); i++) {
                String why = measurementMismatch(at + "[" + i + "]", el.get(i), gl.get(i), allowed);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (!(g instanceof Number gn)) {
            return at + ": got " + g + ", expected " + e;
        }
        double ev = Json.number(e).doubleValue();
        double gv = gn.doubleValue();
        boolean ok = Double.isNaN(ev) ? Double.isNaN(gv)
                : Double.isInfinite(ev) ? gv == ev : Double.isFinite(gv) && Math.abs(gv - ev) <= allowed;
        return ok ? null : at + ": got " + gv + ", expected " + ev;
    }

    private static String floatMismatch(HostArray expected, HostArray got) {
        int n = expected.size();
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            double e = expected.getDouble(i);
            if (Double.isFinite(e)) {
                maxAbs = Math.max(maxAbs, Math.abs(e));
            }
        }
        double allowed = relative(expected.dtype()) * maxAbs;
        int bad = 0;
        double worst = 0;
        int worstAt = -1;
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double e = expected.getDouble(i);
            double g = got.getDouble(i);
            boolean ok;
            if (Double.isNaN(e)) {
                ok = Double.isNaN(g);
            } else if (Double.isInfinite(e)) {
                ok = g == e;
            } else {
                double d = Math.abs(g - e);
                ok = Double.isFinite(g) && d <= allowed;
                if (Double.isFinite(g) && d > worst) {
                    worst = d;
                    worstAt = i;
                }
            }
            if (!ok) {
                bad++;
                if (shown.size() < SHOWN) {
                    shown.add(i);
                }
            }
        }
        if (bad == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append(bad).append(" of ").append(n).append(" elements differ; allowed |diff| <= ")
                .append(relative(expected.dtype())).append(" * max|expected| = ").append(allowed)
                .append("; largest finite |diff| = ").append(worst);
        if (maxAbs > 0) {
            b.append(" (").append(worst / maxAbs).append(" * max|expected|)");
        }
        if (worstAt >= 0) {
            b.append(" at ").append(index(expected.shape(), worstAt));
        }
        appendShown(b, expected, got, shown);
        return b.toString();
    }

    private static String integerMismatch(HostArray expected, HostArray got, long slack) {
        int n = expected.size();
        int bad = 0;
        long worst = 0;
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long e = integerAt(expected, i);
            long g = integerAt(got, i);
            if (Math.abs(g - e) > slack) {
                bad++;
                worst = Math.max(worst, Math.abs(g - e));
                if (shown.size() < SHOWN) {
                    shown.add(i);
                }
            }
        }
        if (bad == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append(bad).append(" of ").append(n).append(" elements differ by more than ").append(slack).append(" (integer results); largest |diff| = ")
                .append(worst);
        appendShown(b, expected, got, shown);
        return b.toString();
    }

    private static long integerAt(HostArray a, int i) {
        // Exact for every integer type; uint64 as its bits, whose difference is right for near values.
        return a.getLong(i);
    }

    private static void appendShown(StringBuilder b, HostArray expected, HostArray got, List<Integer> shown) {
        for (int i : shown) {
            b.append("\n  at ").append(index(expected.shape(), i)).append(": got ").append(value(got, i))
                    .append(", expected ").append(value(expected, i));
        }
    }

    private static String value(HostArray a, int i) {
        return a.dtype().isFloatingPoint() ? Double.toString(a.getDouble(i)) : Long.toString(integerAt(a, i));
    }

    /** The n-d index of flat position {@code flat} in a row-major array of this shape. */
    static String index(int[] shape, int flat) {
        int[] idx = new int[shape.length];
        for (int ax = shape.length - 1; ax >= 0; ax--) {
            idx[ax] = shape[ax] == 0 ? 0 : flat % shape[ax];
            flat = shape[ax] == 0 ? 0 : flat / shape[ax];
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < idx.length; i++) {
            b.append(i > 0 ? "," : "").append(idx[i]);
        }
        return b.append(idx.length == 1 ? ",)" : ")").toString();
    }
}
