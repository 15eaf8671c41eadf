package org.sciaccel.cpu.ufunc;

import org.sciaccel.spi.ElementwiseFunction;

/**
 * The complex loops of the element-wise engine, on interleaved complex128 lanes (complex64 loops run through
 * them and round): arithmetic, NumPy's complex functions ({@link NpMath}), the lexicographic orderings of
 * comparisons and extrema. Functions answering bool write 0/1 into a {@code long[]}; absolute writes real
 * magnitudes into a {@code double[]} of n values; the others write n complex values.
 */
final class ComplexLoops {
    private ComplexLoops() {
    }

    static void run(ElementwiseFunction f, double[][] a, double[] params, Object result, int n) {
        double[] x = a.length > 0 ? a[0] : null;
        double[] y = a.length > 1 ? a[1] : null;
        if (DoubleLoops.answersBool(f)) {
            predicate(f, x, y, (long[]) result, n);
            return;
        }
        double[] out = (double[]) result;
        switch (f) {
            case ABSOLUTE:
                for (int i = 0; i < n; i++) out[i] = Math.hypot(x[2 * i], x[2 * i + 1]);
                return;
            case ADD: for (int i = 0; i < 2 * n; i++) out[i] = x[i] + y[i]; return;
            case SUBTRACT: for (int i = 0; i < 2 * n; i++) out[i] = x[i] - y[i]; return;
            case NEGATIVE: for (int i = 0; i < 2 * n; i++) out[i] = -x[i]; return;
            case POSITIVE: System.arraycopy(x, 0, out, 0, 2 * n); return;
            case CONJUGATE:
                for (int i = 0; i < n; i++) {
                    out[2 * i] = x[2 * i];
                    out[2 * i + 1] = -x[2 * i + 1];
                }
                return;
            case RINT: for (int i = 0; i < 2 * n; i++) out[i] = Math.rint(x[i]); return;
            case NAN_TO_NUM: {
                double nan = params[0], posinf = params[1], neginf = params[2];
                for (int i = 0; i < 2 * n; i++) {
                    double v = x[i];
                    out[i] = v != v ? nan : v == Double.POSITIVE_INFINITY ? posinf : v == Double.NEGATIVE_INFINITY ? neginf : v;
                }
                return;
            }
            case MAXIMUM: case MINIMUM: case FMAX: case FMIN:
                for (int i = 0; i < n; i++) {
                    int r = 2 * i, m = r + 1;
                    boolean first;
                    switch (f) {
                        case MAXIMUM: first = NpMath.cge(x[r], x[m], y[r], y[m]) || x[r] != x[r] || x[m] != x[m]; break;
                        case MINIMUM: first = NpMath.cle(x[r], x[m], y[r], y[m]) || x[r] != x[r] || x[m] != x[m]; break;
                        case FMAX: first = NpMath.cge(x[r], x[m], y[r], y[m]) || y[r] != y[r] || y[m] != y[m]; break;
                        default: first = NpMath.cle(x[r], x[m], y[r], y[m]) || y[r] != y[r] || y[m] != y[m]; break;
                    }
                    out[r] = first ? x[r] : y[r];
                    out[m] = first ? x[m] : y[m];
                }
                return;
            case LAMBERTW: // part ellip: a[1] and a[2] are the real lanes of k and tol
                for (int i = 0; i < n; i++) {
                    SpecialEllipMath.lambertw(x[2 * i], x[2 * i + 1], (long) y[i], a[2][i], out, 2 * i);
                }
                return;
            case EXPI: for (int i = 0; i < n; i++) SpecialEllipMath.expi(x[2 * i], x[2 * i + 1], out, 2 * i); return;
            case EXP1: for (int i = 0; i < n; i++) SpecialEllipMath.exp1(x[2 * i], x[2 * i + 1], out, 2 * i); return;
            case SICI_SI: for (int i = 0; i < n; i++) SpecialEllipMath.sici(x[2 * i], x[2 * i + 1], false, out, 2 * i); return;
            case SICI_CI: for (int i = 0; i < n; i++) SpecialEllipMath.sici(x[2 * i], x[2 * i + 1], true, out, 2 * i); return;
            case CLIP: {
                double[] lo = a[1], hi = a[2];
                for (int i = 0; i < n; i++) {
                    int r = 2 * i, m = r + 1;
                    boolean xnan = x[r] != x[r] || x[m] != x[m];
                    double pr = xnan || NpMath.cgt(x[r], x[m], lo[r], lo[m]) ? x[r] : lo[r];
                    double pm = xnan || NpMath.cgt(x[r], x[m], lo[r], lo[m]) ? x[m] : lo[m];
                    boolean pnan = pr != pr || pm != pm;
                    boolean keep = pnan || NpMath.clt(pr, pm, hi[r], hi[m]);
                    out[r] = keep ? pr : hi[r];
                    out[m] = keep ? pm : hi[m];
                }
                return;
            }
            default:
                break;
        }
        for (int i = 0; i < n; i++) {
            int o = 2 * i;
            double r = x[o], m = x[o + 1];
            switch (f) {
                case MULTIPLY: NpMath.mul(r, m, y[o], y[o + 1], out, o); break;
                case DIVIDE: NpMath.div(r, m, y[o], y[o + 1], out, o); break;
                case POWER: NpMath.power(r, m, y[o], y[o + 1], out, o); break;
                case SQUARE: NpMath.mul(r, m, r, m, out, o); break;
                case RECIPROCAL: NpMath.reciprocal(r, m, out, o); break;
                case SIGN: NpMath.sign(r, m, out, o); break;
                case SQRT: NpMath.sqrt(r, m, out, o); break;
                case EXP: NpMath.exp(r, m, out, o); break;
                case EXP2: NpMath.exp2(r, m, out, o); break;
                case EXPM1: NpMath.expm1(r, m, out, o); break;
                case LOG: NpMath.log(r, m, out, o); break;
                case LOG2: NpMath.log2(r, m, out, o); break;
                case LOG10: NpMath.log10(r, m, out, o); break;
                case LOG1P: NpMath.log1p(r, m, out, o); break;
                case SIN: NpMath.sin(r, m, out, o); break;
                case COS: NpMath.cos(r, m, out, o); break;
                case TAN: NpMath.tan(r, m, out, o); break;
                case ARCSIN: NpMath.arcsin(r, m, out, o); break;
                case ARCCOS: NpMath.arccos(r, m, out, o); break;
                case ARCTAN: NpMath.arctan(r, m, out, o); break;
                case SINH: NpMath.sinh(r, m, out, o); break;
                case COSH: NpMath.cosh(r, m, out, o); break;
                case TANH: NpMath.tanh(r, m, out, o); break;
                case ARCSINH: NpMath.arcsinh(r, m, out, o); break;
                case ARCCOSH: NpMath.arccosh(r, m, out, o); break;
                case ARCTANH: NpMath.arctanh(r, m, out, o); break;
                default: throw new IllegalArgumentException(f + " has no complex loop");
            }
        }
    }

    private static void predicate(ElementwiseFunction f, double[] x, double[] y, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            int r = 2 * i, m = r + 1;
            boolean v;
            switch (f) {
                case ISNAN: v = x[r] != x[r] || x[m] != x[m]; break;
                case ISINF: v = Double.isInfinite(x[r]) || Double.isInfinite(x[m]); break;
                case ISFINITE: v = Double.isFinite(x[r]) && Double.isFinite(x[m]); break;
                case EQUAL: v = x[r] == y[r] && x[m] == y[m]; break;
                case NOT_EQUAL: v = x[r] != y[r] || x[m] != y[m]; break;
                case LESS: v = NpMath.clt(x[r], x[m], y[r], y[m]); break;
                case LESS_EQUAL: v = NpMath.cle(x[r], x[m], y[r], y[m]); break;
                case GREATER: v = NpMath.cgt(x[r], x[m], y[r], y[m]); break;
                case GREATER_EQUAL: v = NpMath.cge(x[r], x[m], y[r], y[m]); break;
                case LOGICAL_AND: v = (x[r] != 0 || x[m] != 0) && (y[r] != 0 || y[m] != 0); break;
                case LOGICAL_OR: v = (x[r] != 0 || x[m] != 0) || (y[r] != 0 || y[m] != 0); break;
                case LOGICAL_XOR: v = (x[r] != 0 || x[m] != 0) != (y[r] != 0 || y[m] != 0); break;
                case LOGICAL_NOT: v = x[r] == 0 && x[m] == 0; break;
                default: throw new AssertionError(f);
            }
            out[i] = v ? 1 : 0;
        }
    }
}
