package org.sciaccel.cpu.creation;

import org.sciaccel.DType;
import org.sciaccel.Half;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.Element;
import org.sciaccel.spi.LinspacePlan;

/**
 * {@link org.sciaccel.spi.CreationOps#linspace} on the CPU, in the order of NumPy 1.24's
 * {@code linspace} (see {@link LinspacePlan}). Every operation is done in double and rounded to the
 * computation dtype ({@link #round}): a sum, difference, product or quotient of two floats (or of
 * two halves) rounded once from double equals the operation done in float (or in float and rounded
 * to half, as NumPy's float16 loops do), since double carries more than twice their precision plus
 * two bits; so one loop serves float16, float32 and float64.
 */
final class CpuLinspace {
    private final LinspacePlan plan;
    private final DType dtype;
    private final int num;
    private final long inner;
    private final boolean complex;
    private final double divRe;
    private final double divIm;
    private final double baseValue;
    /** start and stop per position of the start array, real and imaginary parts. */
    private final double[] startRe;
    private final double[] startIm;
    private final double[] stopRe;
    private final double[] stopIm;
    private final boolean anyStepZero;

    private CpuLinspace(LinspacePlan plan, HostArray start, HostArray stop) {
        this.plan = plan;
        this.dtype = plan.dtype();
        this.num = plan.num();
        this.inner = plan.inner();
        this.complex = dtype.isComplex();
        this.divRe = plan.div().realValue();
        this.divIm = plan.div().imagValue();
        this.baseValue = plan.base() == null ? 0 : plan.base().realValue();
        if (plan.scalar()) {
            startRe = new double[] {plan.start().realValue()};
            startIm = new double[] {plan.start().imagValue()};
            stopRe = new double[] {plan.stop().realValue()};
            stopIm = new double[] {plan.stop().imagValue()};
        } else {
            startRe = parts(start, 0);
            startIm = parts(start, 1);
            stopRe = parts(stop, 0);
            stopIm = parts(stop, 1);
        }
        this.anyStepZero = anyStepZero();
    }

    /** {@code {samples}} or {@code {samples, steps}}, as {@link org.sciaccel.spi.CreationOps#linspace} returns them. */
    static HostArray[] compute(CpuThreads threads, LinspacePlan plan, HostArray start, HostArray stop) {
        return new CpuLinspace(plan, start, stop).run(threads);
    }

    private HostArray[] run(CpuThreads threads) {
        HostArray out = HostArray.zeros(dtype, plan.shape());
        int size = out.size();
        int per = dtype.javaValuesPerElement();
        Object data = out.data();
        threads.parallelFor(size, size * 8L, (from, to) -> {
            double[] v = new double[2];
            for (int p = from; p < to; p++) {
                long i = (p / inner) % num;
                int b = (int) ((p / (inner * num)) * inner + p % inner);
                sample(i, b, v);
                store(data, p * per, v[0]);
                if (complex) {
                    store(data, p * per + 1, v[1]);
                }
            }
        });
        if (!plan.steps()) {
            return new HostArray[] {out};
        }
        int[] stepShape = stepShape();
        HostArray steps = HostArray.zeros(dtype, stepShape);
        Object s = steps.data();
        double[] q = new double[2];
        for (int b = 0; b < steps.size(); b++) {
            step(b, q);
            store(s, b * per, q[0]);
            if (complex) {
                store(s, b * per + 1, q[1]);
            }
        }
        return new HostArray[] {out, steps};
    }

    private int[] stepShape() {
        int[] shape = plan.shape();
        int[] s = new int[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != plan.axis()) {
                s[k++] = shape[d];
            }
        }
        return s;
    }

    private double round(double x) {
        switch (dtype) {
            case FLOAT32: case COMPLEX64: return (float) x;
            case FLOAT16: return Half.toDouble(Half.fromDouble(x));
            default: return x;
        }
    }

    private void store(Object data, int index, double x) {
        switch (dtype) {
            case FLOAT32: case COMPLEX64: ((float[]) data)[index] = (float) x; break;
            case FLOAT16: ((short[]) data)[index] = Half.fromDouble(x); break;
            default: ((double[]) data)[index] = x; break;
        }
    }

    /** {@code delta / div} at start position {@code b} (NumPy's complex division for the complex types). */
    private void step(int b, double[] out) {
        int sb = startRe.length == 1 ? 0 : b;
        double dRe = round(stopRe[sb] - startRe[sb]);
        double dIm = round(stopIm[sb] - startIm[sb]);
        if (complex) {
            divide(dRe, dIm, divRe, divIm, out);
        } else {
            out[0] = round(dRe / divRe);
        }
    }

    private boolean anyStepZero() {
        if (divRe == 0 && divIm == 0) {
            return false;
        }
        double[] q = new double[2];
        for (int b = 0; b < startRe.length; b++) {
            step(b, q);
            if (q[0] == 0 && (!complex || q[1] == 0)) {
                return true;
            }
        }
        return false;
    }

    /** Sample {@code i} at start position {@code b} into {@code v} (real, imaginary). */
    private void sample(long i, int b, double[] v) {
        int sb = startRe.length == 1 ? 0 : b;
        if (plan.endpoint() && num > 1 && i == num - 1) {
            v[0] = stopRe[sb];
            v[1] = stopIm[sb];
        } else {
            double y = round(i);  // arange(0, num, dtype)
            double dRe = round(stopRe[sb] - startRe[sb]);
            double dIm = round(stopIm[sb] - startIm[sb]);
            boolean divZero = divRe == 0 && divIm == 0;
            if (!complex) {
                double r;
                if (divZero) {
                    r = round(y * dRe);
                } else if (anyStepZero) {
                    r = round(round(y / divRe) * dRe);
                } else {
                    r = round(y * round(dRe / divRe));
                }
                v[0] = round(r + startRe[sb]);
                v[1] = 0;
            } else {
                if (divZero) {
                    multiply(y, 0, dRe, dIm, v);
                } else if (anyStepZero) {
                    divide(y, 0, divRe, divIm, v);
                    multiply(v[0], v[1], dRe, dIm, v);
                } else {
                    divide(dRe, dIm, divRe, divIm, v);
                    multiply(y, 0, v[0], v[1], v);
                }
                v[0] = round(v[0] + startRe[sb]);
                v[1] = round(v[1] + startIm[sb]);
            }
        }
        if (plan.floor()) {
            v[0] = Math.floor(v[0]);
        }
        if (plan.base() != null) {
            v[0] = power(v[0]);
        }
    }

    /** NumPy's power of the base to {@code y} in the computation dtype: pow in double, powf rounded from it. */
    private double power(double y) {
        return round(Math.pow(baseValue, y));
    }

    /** NumPy's complex product, each product and sum rounded. */
    private void multiply(double ar, double ai, double br, double bi, double[] out) {
        double re = round(round(ar * br) - round(ai * bi));
        double im = round(round(ar * bi) + round(ai * br));
        out[0] = re;
        out[1] = im;
    }

    /** NumPy's complex division (Smith's method, as its loops do it), each operation rounded. */
    private void divide(double ar, double ai, double br, double bi, double[] out) {
        double abr = Math.abs(br), abi = Math.abs(bi);
        double re, im;
        if (abr >= abi) {
            if (abr == 0 && abi == 0) {
                re = round(ar / abr);
                im = round(ai / abr);
            } else {
                double rat = round(bi / br);
                double scl = round(1.0 / round(br + round(bi * rat)));
                re = round(round(ar + round(ai * rat)) * scl);
                im = round(round(ai - round(ar * rat)) * scl);
            }
        } else {
            double rat = round(br / bi);
            double scl = round(1.0 / round(bi + round(br * rat)));
            re = round(round(round(ar * rat) + ai) * scl);
            im = round(round(round(ai * rat) - ar) * scl);
        }
        out[0] = re;
        out[1] = im;
    }

    private static double[] parts(HostArray a, int part) {
        int n = a.size();
        double[] out = new double[n];
        Object d = a.data();
        DType t = a.dtype();
        for (int k = 0; k < n; k++) {
            out[k] = part == 0 ? new Element(t, CpuElementRuns.realBits(d, t, k), 0).realValue()
                    : new Element(t, 0, CpuElementRuns.imagBits(d, t, k)).imagValue();
        }
        return out;
    }
}
