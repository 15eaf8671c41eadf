package org.sciaccel.cpu.ndimage;

import org.sciaccel.ndimage.WeightSymmetry;

/**
 * The inner loops of {@code correlate1d}: {@code acc[x] = sum_k w[k] * t_k[x]} for a panel of
 * {@code count} independent outputs, where the tap row {@code t_k} holds, for every output of the
 * panel, the boundary-extended input value under weight {@code k}. Each output is summed exactly
 * as SciPy's {@code NI_Correlate1D} sums it (same terms, same order, in double), so results match
 * SciPy bit for bit:
 * <ul>
 * <li>odd length {@code L = 2c+1}, symmetric weights ({@link WeightSymmetry}):
 *     {@code t_c*w[c] + (t_0 + t_2c)*w[0] + (t_1 + t_2c-1)*w[1] + ... + (t_c-1 + t_c+1)*w[c-1]};</li>
 * <li>odd length, antisymmetric weights: the same with differences {@code t_k - t_2c-k};</li>
 * <li>otherwise: {@code t_L-1*w[L-1] + t_0*w[0] + t_1*w[1] + ... + t_L-2*w[L-2]}.</li>
 * </ul>
 * Every loop runs across the outputs of the panel with a few taps (or pairs) per pass, added left
 * to right, which keeps SciPy's order while loading and storing the accumulator once per pass.
 * Each tap row is a separate array indexed by the loop variable alone: that is the form C2
 * (JDK 17) vectorises; offsets into one shared array keep the loops scalar, and so do loop bodies
 * with too many arrays (C2 stops unrolling them).
 */
final class CorrelationKernel {
    private final double[] w;
    private final int len;
    private final int half;
    private final WeightSymmetry symmetry;

    CorrelationKernel(double[] weights) {
        this.w = weights.clone();
        this.len = w.length;
        this.half = len / 2;
        this.symmetry = WeightSymmetry.of(w);
    }

    int length() {
        return len;
    }

    /**
     * For {@code x < count}: {@code acc[x] = sum_k w[k] * rows[first + k][x]}, in SciPy's order.
     * {@code acc} must not be one of the rows read.
     */
    void apply(double[][] rows, int first, double[] acc, int count) {
        switch (symmetry) {
            case SYMMETRIC:
                symmetric(rows, first, acc, count, false);
                break;
            case ANTISYMMETRIC:
                symmetric(rows, first, acc, count, true);
                break;
            default:
                general(rows, first, acc, count);
                break;
        }
    }

    /**
     * Centre first, then the pairs from the outermost ({@code k = 0}) inwards: a first pass with the
     * centre and up to two pairs, then three pairs per pass. (Passes with more arrays exceed what
     * C2 unrolls, and then it does not vectorise them.)
     */
    private void symmetric(double[][] rows, int o, double[] acc, int count, boolean anti) {
        final int last = len - 1;
        final double[] c = rows[o + half];
        final double wc = w[half];
        int pairs = half;
        int k;
        if (pairs == 0) {
            for (int x = 0; x < count; x++) {
                acc[x] = c[x] * wc;
            }
            return;
        } else if (pairs == 1) {
            final double[] a0 = rows[o], b0 = rows[o + last];
            final double f0 = w[0];
            if (anti) {
                for (int x = 0; x < count; x++) {
                    acc[x] = c[x] * wc + (a0[x] - b0[x]) * f0;
                }
            } else {
                for (int x = 0; x < count; x++) {
                    acc[x] = c[x] * wc + (a0[x] + b0[x]) * f0;
                }
            }
            return;
        } else {
            final double[] a0 = rows[o], b0 = rows[o + last], a1 = rows[o + 1], b1 = rows[o + last - 1];
            final double f0 = w[0], f1 = w[1];
            if (anti) {
                for (int x = 0; x < count; x++) {
                    acc[x] = c[x] * wc + (a0[x] - b0[x]) * f0 + (a1[x] - b1[x]) * f1;
                }
            } else {
                for (int x = 0; x < count; x++) {
                    acc[x] = c[x] * wc + (a0[x] + b0[x]) * f0 + (a1[x] + b1[x]) * f1;
                }
            }
            k = 2;
            pairs -= 2;
        }
        while (pairs > 0) {
            int p = Math.min(pairs, 3);
            final double[] a0 = rows[o + k], b0 = rows[o + last - k];
            final double f0 = w[k];
            if (p == 1) {
                if (anti) {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] - b0[x]) * f0;
                    }
                } else {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] + b0[x]) * f0;
                    }
                }
            } else if (p == 2) {
                final double[] a1 = rows[o + k + 1], b1 = rows[o + last - k - 1];
                final double f1 = w[k + 1];
                if (anti) {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] - b0[x]) * f0 + (a1[x] - b1[x]) * f1;
                    }
                } else {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] + b0[x]) * f0 + (a1[x] + b1[x]) * f1;
                    }
                }
            } else {
                final double[] a1 = rows[o + k + 1], b1 = rows[o + last - k - 1];
                final double[] a2 = rows[o + k + 2], b2 = rows[o + last - k - 2];
                final double f1 = w[k + 1], f2 = w[k + 2];
                if (anti) {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] - b0[x]) * f0 + (a1[x] - b1[x]) * f1 + (a2[x] - b2[x]) * f2;
                    }
                } else {
                    for (int x = 0; x < count; x++) {
                        acc[x] = acc[x] + (a0[x] + b0[x]) * f0 + (a1[x] + b1[x]) * f1 + (a2[x] + b2[x]) * f2;
                    }
                }
            }
            k += p;
            pairs -= p;
        }
    }

    /**
     * Last tap first, then taps {@code 0 .. L-2} in order (SciPy's order for weights without
     * symmetry): a first pass with the last tap and up to three others, then four taps per pass.
     */
    private void general(double[][] rows, int o, double[] acc, int count) {
        final double[] l = rows[o + len - 1];
        final double wl = w[len - 1];
        int rest = len - 1;
        int lead = Math.min(rest, 3);
        if (lead == 0) {
            for (int x = 0; x < count; x++) {
                acc[x] = l[x] * wl;
            }
            return;
        }
        final double[] p0 = rows[o];
        final double f0 = w[0];
        if (lead == 1) {
            for (int x = 0; x < count; x++) {
                acc[x] = l[x] * wl + p0[x] * f0;
            }
        } else if (lead == 2) {
            final double[] p1 = rows[o + 1];
            final double f1 = w[1];
            for (int x = 0; x < count; x++) {
                acc[x] = l[x] * wl + p0[x] * f0 + p1[x] * f1;
            }
        } else {
            final double[] p1 = rows[o + 1], p2 = rows[o + 2];
            final double f1 = w[1], f2 = w[2];
            for (int x = 0; x < count; x++) {
                acc[x] = l[x] * wl + p0[x] * f0 + p1[x] * f1 + p2[x] * f2;
            }
        }
        int k = lead;
        rest -= lead;
        while (rest > 0) {
            int p = Math.min(rest, 4);
            final double[] q0 = rows[o + k];
            final double g0 = w[k];
            if (p == 1) {
                for (int x = 0; x < count; x++) {
                    acc[x] = acc[x] + q0[x] * g0;
                }
            } else if (p == 2) {
                final double[] q1 = rows[o + k + 1];
                final double g1 = w[k + 1];
                for (int x = 0; x < count; x++) {
                    acc[x] = acc[x] + q0[x] * g0 + q1[x] * g1;
                }
            } else if (p == 3) {
                final double[] q1 = rows[o + k + 1], q2 = rows[o + k + 2];
                final double g1 = w[k + 1], g2 = w[k + 2];
                for (int x = 0; x < count; x++) {
                    acc[x] = acc[x] + q0[x] * g0 + q1[x] * g1 + q2[x] * g2;
                }
            } else {
                final double[] q1 = rows[o + k + 1], q2 = rows[o + k + 2], q3 = rows[o + k + 3];
                final double g1 = w[k + 1], g2 = w[k + 2], g3 = w[k + 3];
                for (int x = 0; x < count; x++) {
                    acc[x] = acc[x] + q0[x] * g0 + q1[x] * g1 + q2[x] * g2 + q3[x] * g3;
                }
            }
            k += p;
            rest -= p;
        }
    }
}
