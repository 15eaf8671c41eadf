package org.sciaccel.cpu.ufunc;

import org.sciaccel.spi.ElementwiseFunction;

/**
 * The float32 (and float16, computed in float32) loops of the element-wise engine that are exact in float
 * arithmetic: the arithmetic, comparisons, extrema and rounding that NumPy's float loops do in float. The
 * transcendental functions go through {@link DoubleLoops} and are rounded (one rounding of a more accurate
 * value, within NumPy's own float32 error). The engine rounds float16 results to half afterwards.
 */
final class FloatLoops {
    private FloatLoops() {
    }

    /** Whether {@code f} has a float loop here. */
    static boolean has(ElementwiseFunction f) {
        switch (f) {
            case ADD: case SUBTRACT: case MULTIPLY: case DIVIDE: case NEGATIVE: case POSITIVE: case ABSOLUTE:
            case SQUARE: case SQRT: case RECIPROCAL: case FLOOR: case CEIL: case TRUNC: case RINT: case SIGN:
            case MAXIMUM: case MINIMUM: case FMAX: case FMIN: case CLIP: case NAN_TO_NUM: case CONJUGATE: case REAL:
            case IMAG: case EXPIT: case LOGIT: case LOG_EXPIT:
                return true;
            default:
                return DoubleLoops.answersBool(f);
        }
    }

    static void run(ElementwiseFunction f, float[][] a, double[] params, Object result, int n) {
        float[] x = a.length > 0 ? a[0] : null;
        float[] y = a.length > 1 ? a[1] : null;
        if (DoubleLoops.answersBool(f)) {
            predicate(f, x, y, (long[]) result, n);
            return;
        }
        float[] out = (float[]) result;
        switch (f) {
            case ADD: for (int i = 0; i < n; i++) out[i] = x[i] + y[i]; break;
            case SUBTRACT: for (int i = 0; i < n; i++) out[i] = x[i] - y[i]; break;
            case MULTIPLY: for (int i = 0; i < n; i++) out[i] = x[i] * y[i]; break;
            case DIVIDE: for (int i = 0; i < n; i++) out[i] = x[i] / y[i]; break;
            case NEGATIVE: for (int i = 0; i < n; i++) out[i] = -x[i]; break;
            case POSITIVE: case CONJUGATE: case REAL: System.arraycopy(x, 0, out, 0, n); break;
            case IMAG: java.util.Arrays.fill(out, 0, n, 0f); break;
            case ABSOLUTE: for (int i = 0; i < n; i++) out[i] = Math.abs(x[i]); break;
            case SQUARE: for (int i = 0; i < n; i++) out[i] = x[i] * x[i]; break;
            case SQRT: for (int i = 0; i < n; i++) out[i] = (float) Math.sqrt(x[i]); break;
            case RECIPROCAL: for (int i = 0; i < n; i++) out[i] = 1f / x[i]; break;
            case FLOOR: for (int i = 0; i < n; i++) out[i] = (float) Math.floor(x[i]); break;
            case CEIL: for (int i = 0; i < n; i++) out[i] = (float) Math.ceil(x[i]); break;
            case TRUNC: for (int i = 0; i < n; i++) out[i] = (float) (x[i] < 0 ? Math.ceil(x[i]) : Math.floor(x[i])); break;
            case RINT: for (int i = 0; i < n; i++) out[i] = (float) Math.rint(x[i]); break;
            case SIGN: for (int i = 0; i < n; i++) out[i] = x[i] > 0 ? 1f : x[i] < 0 ? -1f : x[i] == 0 ? 0f : x[i]; break;
            case MAXIMUM: for (int i = 0; i < n; i++) out[i] = (x[i] >= y[i] || x[i] != x[i]) ? x[i] : y[i]; break;
            case MINIMUM: for (int i = 0; i < n; i++) out[i] = (x[i] <= y[i] || x[i] != x[i]) ? x[i] : y[i]; break;
            case FMAX: for (int i = 0; i < n; i++) out[i] = (x[i] >= y[i] || y[i] != y[i]) ? x[i] : y[i]; break;
            case FMIN: for (int i = 0; i < n; i++) out[i] = (x[i] <= y[i] || y[i] != y[i]) ? x[i] : y[i]; break;
            case CLIP: {
                float[] lo = a[1], hi = a[2];
                for (int i = 0; i < n; i++) {
                    float m = x[i] != x[i] ? x[i] : (x[i] > lo[i] ? x[i] : lo[i]);
                    out[i] = m != m ? m : (m < hi[i] ? m : hi[i]);
                }
                break;
            }
            // scipy.special's logistic family: SciPy's float32 loops compute in float (exp and log rounded to float)
            case EXPIT: for (int i = 0; i < n; i++) out[i] = 1f / (1f + (float) Math.exp(-x[i])); break;
            case LOGIT: for (int i = 0; i < n; i++) out[i] = (float) Math.log(x[i] / (1f - x[i])); break;
            case LOG_EXPIT:
                for (int i = 0; i < n; i++) {
                    float v = x[i];
                    out[i] = v < 0 ? v - (float) Math.log1p((float) Math.exp(v)) : -(float) Math.log1p((float) Math.exp(-v));
                }
                break;
            case NAN_TO_NUM: {
                float nan = (float) params[0], posinf = (float) params[1], neginf = (float) params[2];
                for (int i = 0; i < n; i++) {
                    float v = x[i];
                    out[i] = v != v ? nan : v == Float.POSITIVE_INFINITY ? posinf : v == Float.NEGATIVE_INFINITY ? neginf : v;
                }
                break;
            }
            default:
                throw new AssertionError(f + " has no float loop");
        }
    }

    private static void predicate(ElementwiseFunction f, float[] x, float[] y, long[] out, int n) {
        switch (f) {
            case ISNAN: for (int i = 0; i < n; i++) out[i] = x[i] != x[i] ? 1 : 0; break;
            case ISINF: for (int i = 0; i < n; i++) out[i] = Float.isInfinite(x[i]) ? 1 : 0; break;
            case ISFINITE: for (int i = 0; i < n; i++) out[i] = Float.isFinite(x[i]) ? 1 : 0; break;
            case EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] == y[i] ? 1 : 0; break;
            case NOT_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] != y[i] ? 1 : 0; break;
            case LESS: for (int i = 0; i < n; i++) out[i] = x[i] < y[i] ? 1 : 0; break;
            case LESS_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] <= y[i] ? 1 : 0; break;
            case GREATER: for (int i = 0; i < n; i++) out[i] = x[i] > y[i] ? 1 : 0; break;
            case GREATER_EQUAL: for (int i = 0; i < n; i++) out[i] = x[i] >= y[i] ? 1 : 0; break;
            case LOGICAL_AND: for (int i = 0; i < n; i++) out[i] = x[i] != 0 && y[i] != 0 ? 1 : 0; break;
            case LOGICAL_OR: for (int i = 0; i < n; i++) out[i] = x[i] != 0 || y[i] != 0 ? 1 : 0; break;
            case LOGICAL_XOR: for (int i = 0; i < n; i++) out[i] = (x[i] != 0) != (y[i] != 0) ? 1 : 0; break;
            case LOGICAL_NOT: for (int i = 0; i < n; i++) out[i] = x[i] == 0 ? 1 : 0; break;
            default: throw new AssertionError(f);
        }
    }
}
