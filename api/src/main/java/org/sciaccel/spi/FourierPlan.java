package org.sciaccel.spi;

import java.util.Arrays;

/**
 * One Fourier-domain filter as SciPy 1.10's {@code ni_fourier.c} defines it, for an input of a given
 * shape: which filter, one scale per axis, and the axis of a real-FFT input.
 *
 * <p>Each element's factor comes from its frequency index along each axis: {@code i} for
 * {@code i < (len + 1) / 2} and {@code i - len} above (the order of a complex FFT's output), or
 * {@code i} itself along the {@link #realAxis() real-FFT axis} (an {@code rfft}'s output holds only
 * the non-negative frequencies). The scale divides by the axis length, or by {@code n} along the
 * real-FFT axis (the length of the signal before its real FFT):
 * <ul>
 * <li>{@link Kind#GAUSSIAN}: scale {@code g = -2 (sigma pi / L)^2}; the factor is the product over the
 *     axes longer than 1 of {@code exp(g f f)}, taken as 0 where {@code |g f f| > 50};</li>
 * <li>{@link Kind#UNIFORM}: scale {@code u = pi size / L}; the product over the axes longer than 1 of
 *     {@code sin(u f) / (u f)}, 1 at {@code f = 0} and 0 elsewhere when {@code u <= 0};</li>
 * <li>{@link Kind#ELLIPSOID}: scale {@code u = pi size / L} on every axis, {@code w = u f}; in 1-D
 *     {@code sin(w) / w}, in 2-D with {@code r = |w|} the disc's {@code 2 J1(r) / r}, in 3-D the
 *     ball's {@code 3 (sin r - r cos r) / r^3}, each 1 at {@code r = 0} (SciPy implements no other rank);</li>
 * <li>{@link Kind#SHIFT}: scale {@code s = -2 pi shift / L}; the phase {@code p} is the sum over the
 *     axes longer than 1 of {@code s f} and the factor {@code cos p + i sin p}.</li>
 * </ul>
 * {@link #axisValue} and {@link #ellipsoid} are these formulas in Java, in SciPy's order of
 * operations; both backends fold the same {@link #axisTables} (the OpenCL kernel computes the
 * ellipsoid's factor and the shift's rotation on the device).
 */
public final class FourierPlan {
    /** Which filter. */
    public enum Kind {
        GAUSSIAN, UNIFORM, ELLIPSOID, SHIFT
    }

    /** SciPy's cut-off: an exponent beyond this gives a zero factor rather than exp's value. */
    public static final double GAUSSIAN_CUTOFF = 50.0;

    private final Kind kind;
    private final int[] shape;
    private final double[] scale;
    private final int realAxis;

    private FourierPlan(Kind kind, int[] shape, double[] scale, int realAxis) {
        this.kind = kind;
        this.shape = shape;
        this.scale = scale;
        this.realAxis = realAxis;
    }

    /**
     * The plan for an input of {@code shape}.
     *
     * @param values sigma, size or shift: one per axis (the facade has expanded a scalar)
     * @param n      negative for the output of a complex FFT; otherwise the signal length before the
     *               real FFT along {@code axis}
     * @param axis   the real-FFT axis, already resolved to {@code [0, ndim)}
     */
    public static FourierPlan of(Kind kind, int[] shape, double[] values, int n, int axis) {
        int nd = shape.length;
        if (values.length != nd) {
            throw new IllegalArgumentException("values: " + values.length + " for " + nd + " axes");
        }
        double[] scale = new double[nd];
        for (int k = 0; k < nd; k++) {
            double length = k == axis && n >= 0 ? n : shape[k];
            switch (kind) {
                case GAUSSIAN:
                    double a = values[k] * Math.PI / length;
                    scale[k] = -2.0 * a * a;
                    break;
                case UNIFORM:
                case ELLIPSOID:
                    scale[k] = Math.PI * values[k] / length;
                    break;
                case SHIFT:
                    scale[k] = -2.0 * Math.PI * values[k] / length;
                    break;
                default:
                    throw new AssertionError(kind);
            }
        }
        return new FourierPlan(kind, shape.clone(), scale, n >= 0 ? axis : -1);
    }

    public Kind kind() {
        return kind;
    }

    /** The input's shape. */
    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    /** The scale of {@code axis} (see the class comment). */
    public double scale(int axis) {
        return scale[axis];
    }

    /** The axis of a real-FFT input, or -1 for a complex FFT's output (SciPy's {@code n < 0}). */
    public int realAxis() {
        return realAxis;
    }

    /**
     * Whether {@code axis} takes part: SciPy skips the axes of length 1 (their factor is 1, their
     * phase 0, whatever the scale) except in the ellipsoid, whose radius sums every axis.
     */
    public boolean usesAxis(int axis) {
        return kind == Kind.ELLIPSOID || shape[axis] > 1;
    }

    /** The frequency index of position {@code i} along {@code axis}. */
    public int frequency(int axis, int i) {
        return axis == realAxis || i < (shape[axis] + 1) / 2 ? i : i - shape[axis];
    }

    /**
     * The per-axis value at frequency {@code f}: the Gaussian's and the box's factor, the ellipsoid's
     * {@code w} (squared in 2-D and 3-D, where the radius sums squares), the shift's phase.
     */
    public double axisValue(int axis, int f) {
        double c = scale[axis];
        switch (kind) {
            case GAUSSIAN: {
                double t = c * f * f;
                return Math.abs(t) > GAUSSIAN_CUTOFF ? 0.0 : Math.exp(t);
            }
            case UNIFORM:
                if (f == 0) {
                    return 1.0;
                }
                return c > 0.0 ? Math.sin(c * f) / (c * f) : 0.0;
            case ELLIPSOID: {
                double w = f * c;
                return shape.length > 1 ? w * w : w;
            }
            case SHIFT:
                return c * f;
            default:
                throw new AssertionError(kind);
        }
    }

    /** Every axis's {@link #axisValue} by position: what the backends multiply or sum per element. */
    public double[][] axisTables() {
        double[][] t = new double[shape.length][];
        for (int k = 0; k < shape.length; k++) {
            t[k] = new double[shape[k]];
            for (int i = 0; i < shape[k]; i++) {
                t[k][i] = axisValue(k, frequency(k, i));
            }
        }
        return t;
    }

    /**
     * The ellipsoid's factor from the sum of its axis values: {@code w} itself in 1-D, {@code r^2}
     * in 2-D and 3-D.
     */
    public static double ellipsoid(int ndim, double sum) {
        switch (ndim) {
            case 1:
                return sum != 0 ? Math.sin(sum) / sum : 1.0;
            case 2: {
                double r = Math.sqrt(sum);
                return r > 0.0 ? 2.0 * BesselJ1.j1(r) / r : 1.0;
            }
            case 3: {
                double r = Math.sqrt(sum);
                return r > 0.0 ? 3.0 * (Math.sin(r) - r * Math.cos(r)) / (r * r * r) : 1.0;
            }
            default:
                throw new IllegalArgumentException("ndim=" + ndim + ": the ellipsoid is defined in 1-D, 2-D and 3-D");
        }
    }

    @Override
    public String toString() {
        return "FourierPlan(" + kind + ", shape " + Arrays.toString(shape) + ", scale " + Arrays.toString(scale)
                + ", realAxis " + realAxis + ")";
    }
}
