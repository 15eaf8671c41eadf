package org.sciaccel.cpu.sorting;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.CovPlan;
import org.sciaccel.spi.CovWeights;

/**
 * numpy.cov and corrcoef on the CPU, in double: the (weighted) mean of each variable, the centred
 * products summed over the observations, times {@code 1 / fact} as NumPy multiplies by it. The
 * upper triangle is computed and mirrored (conjugated for complex input), as NumPy's product of X
 * with its own conjugate transpose is.
 */
final class CpuCovariance {
    private CpuCovariance() {
    }

    static CovWeights weights(HostArray fw, HostArray aw) {
        double[] f = fw == null ? null : (double[]) fw.data();
        double[] a = aw == null ? null : (double[]) aw.data();
        int n = f != null ? f.length : a != null ? a.length : 0;
        boolean integral = true;
        boolean fneg = false;
        boolean aneg = false;
        double sum = 0;
        double sumA = 0;
        for (int i = 0; i < n; i++) {
            double fi = f == null ? 1 : f[i];
            double ai = a == null ? 1 : a[i];
            if (f != null) {
                integral &= fi == Math.rint(fi);
                fneg |= fi < 0;
            }
            aneg |= a != null && ai < 0;
            double w = f == null ? ai : a == null ? fi : fi * ai;
            sum += w;
            sumA += a == null ? w : w * ai;
        }
        return new CovWeights(integral, fneg, aneg, sum, sumA);
    }

    static HostArray cov(HostArray m, HostArray y, HostArray fw, HostArray aw, CovPlan p, CpuThreads threads) {
        int v = p.variables();
        int n = p.observations();
        boolean complex = m.dtype().isComplex();
        double[][] re = new double[v][n];
        double[][] im = complex ? new double[v][n] : null;
        read(m, p.variablesM(), p.transposeM(), n, re, im, 0);
        if (y != null) {
            read(y, p.variablesY(), p.transposeY(), n, re, im, p.variablesM());
        }
        double[] w = null;
        if (fw != null || aw != null) {
            w = new double[n];
            double[] f = fw == null ? null : (double[]) fw.data();
            double[] a = aw == null ? null : (double[]) aw.data();
            for (int o = 0; o < n; o++) {
                w[o] = f == null ? a[o] : a == null ? f[o] : f[o] * a[o];
            }
        }
        double wsum = 0;
        if (w != null) {
            for (double x : w) {
                wsum += x;
            }
        }
        boolean single = p.compute() == DType.FLOAT32 || p.compute() == DType.COMPLEX64;
        for (int i = 0; i < v; i++) {
            center(re[i], w, wsum, n, single);
            if (im != null) {
                center(im[i], w, wsum, n, single);
            }
        }
        double scale = 1.0 / p.fact();
        double[] cr = new double[v * v];
        double[] ci = complex ? new double[v * v] : null;
        double[] weights = w;
        threads.parallelFor(v, (long) v * v * n, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = i; j < v; j++) {
                    double sr = 0;
                    double si = 0;
                    for (int o = 0; o < n; o++) {
                        double ww = weights == null ? 1 : weights[o];
                        double xr = re[i][o];
                        double yr = re[j][o] * ww;
                        if (im == null) {
                            sr += xr * yr;
                        } else {
                            // x_i * conj(x_j * w)
                            double xi = im[i][o];
                            double yi = im[j][o] * ww;
                            sr += xr * yr + xi * yi;
                            si += xi * yr - xr * yi;
                        }
                    }
                    cr[i * v + j] = sr * scale;
                    cr[j * v + i] = sr * scale;
                    if (ci != null) {
                        ci[i * v + j] = si * scale;
                        ci[j * v + i] = -si * scale;
                    }
                }
            }
        });
        if (!complex) {
            return HostArray.fromDoubles(cr, p.result(), v, v);
        }
        HostArray out = HostArray.zeros(p.result(), v, v);
        for (int o = 0; o < v * v; o++) {
            CpuComplexOrder.write(out, o, cr[o], ci[o]);
        }
        return out;
    }

    /** Reads an operand's variables into rows {@code first..} of re (and im). */
    private static void read(HostArray x, int vars, boolean transposed, int n, double[][] re, double[][] im, int first) {
        boolean complex = x.dtype().isComplex();
        double[] d = complex ? null : x.toDoubles();
        double[][] parts = complex ? CpuProducts.parts(x) : null;
        for (int v = 0; v < vars; v++) {
            for (int o = 0; o < n; o++) {
                int at = transposed ? o * vars + v : v * n + o;
                re[first + v][o] = complex ? parts[0][at] : d[at];
                if (im != null) {
                    im[first + v][o] = complex ? parts[1][at] : 0;
                }
            }
        }
    }

    /** Subtracts the (weighted) mean, the result rounded to single precision where X is held so. */
    private static void center(double[] x, double[] w, double wsum, int n, boolean single) {
        double s = 0;
        for (int o = 0; o < n; o++) {
            s += w == null ? x[o] : x[o] * w[o];
        }
        double mean = s / (w == null ? n : wsum);
        for (int o = 0; o < n; o++) {
            x[o] = single ? (float) (x[o] - mean) : x[o] - mean;
        }
    }

    static HostArray corrcoef(HostArray c) {
        int v = c.shape()[0];
        boolean complex = c.dtype().isComplex();
        double[][] parts = complex ? CpuProducts.parts(c) : new double[][] {c.toDoubles(), null};
        double[] re = parts[0];
        double[] im = parts[1];
        double[] outR = new double[v * v];
        double[] outI = complex ? new double[v * v] : null;
        if (v == 1) {
            // NumPy: one variable's covariance is a scalar, and corrcoef returns c / c
            if (complex) {
                double[] q = divide(re[0], im[0], re[0], im[0]);
                outR[0] = q[0];
                outI[0] = q[1];
            } else {
                outR[0] = re[0] / re[0];
            }
        } else {
            double[] s = new double[v];
            for (int i = 0; i < v; i++) {
                s[i] = Math.sqrt(re[i * v + i]);
            }
            for (int i = 0; i < v; i++) {
                for (int j = 0; j < v; j++) {
                    int o = i * v + j;
                    if (complex) {
                        double[] q = divideByReal(re[o], im[o], s[i]);
                        q = divideByReal(q[0], q[1], s[j]);
                        outR[o] = clip(q[0]);
                        outI[o] = clip(q[1]);
                    } else {
                        outR[o] = clip(re[o] / s[i] / s[j]);
                    }
                }
            }
        }
        if (!complex) {
            return HostArray.fromDoubles(outR, c.dtype(), v, v);
        }
        HostArray out = HostArray.zeros(c.dtype(), v, v);
        for (int o = 0; o < v * v; o++) {
            CpuComplexOrder.write(out, o, outR[o], outI[o]);
        }
        return out;
    }

    private static double clip(double x) {
        return x < -1 ? -1 : x > 1 ? 1 : x;   // NaN stays NaN, as np.clip
    }

    /** NumPy's complex division by {@code s + 0j} (Smith's method with a zero imaginary part). */
    private static double[] divideByReal(double re, double im, double s) {
        return divide(re, im, s, 0);
    }

    /** NumPy's complex division (Smith's method, as its complex divide loop). */
    static double[] divide(double ar, double ai, double br, double bi) {
        double abr = Math.abs(br);
        double abi = Math.abs(bi);
        if (abr >= abi) {
            if (abr == 0 && abi == 0) {
                return new double[] {ar / abr, ai / abi};
            }
            double rat = bi / br;
            double scl = 1.0 / (br + bi * rat);
            return new double[] {(ar + ai * rat) * scl, (ai - ar * rat) * scl};
        }
        double rat = br / bi;
        double scl = 1.0 / (bi + br * rat);
        return new double[] {(ar * rat + ai) * scl, (ai * rat - ar) * scl};
    }
}
