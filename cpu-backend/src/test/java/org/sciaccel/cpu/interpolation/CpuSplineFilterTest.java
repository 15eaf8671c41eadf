package org.sciaccel.cpu.interpolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.spi.SplineSampling;

/**
 * The blocked prefilter against SciPy's line-by-line loops written out plainly below, bit for bit:
 * along the last axis and along the first, every boundary rule and order, lengths on both sides of
 * where the poles' powers turn subnormal (where the blocked filter skips the initialisation's tail),
 * and lines that must not skip it (zero, tiny, huge and non-finite values).
 */
class CpuSplineFilterTest {
    private static CpuThreads threads;

    @BeforeAll
    static void start() {
        threads = CpuThreads.newPrivate(2);
    }

    @AfterAll
    static void stop() {
        threads.close();
    }

    private static final int[] MODES = {SplineSampling.MIRROR, SplineSampling.REFLECT, SplineSampling.NEAREST,
        SplineSampling.GRID_WRAP, SplineSampling.CONSTANT};

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 17, 530, 545, 560, 600, 1500})
    void matchesTheLineByLineLoopsBitForBit(int n) {
        SplittableRandom r = new SplittableRandom(n);
        for (String kind : new String[] {"random", "zero", "tiny", "huge", "nan", "inf", "far"}) {
            int lines = 19;
            // value k of line l at [l][k]
            double[][] v = new double[lines][n];
            for (double[] line : v) {
                for (int k = 0; k < n; k++) {
                    line[k] = r.nextGaussian();
                }
            }
            double[] one = v[r.nextInt(lines)];
            int at = r.nextInt(n);
            switch (kind) {
                case "zero": for (int l = 0; l < lines / 2; l++) java.util.Arrays.fill(v[l], 0.0); break;
                case "tiny": for (double[] line : v) for (int k = 0; k < n; k += 3) line[k] *= 1e-300; break;
                case "huge": one[at] = 1e200; break;
                case "nan": one[at] = Double.NaN; break;
                case "inf": one[at] = Double.NEGATIVE_INFINITY; break;
                default: break;
            }
            for (int order = 2; order <= 5; order++) {
                if (kind.equals("far")) {
                    // a tiny sum that large values from just before the first pole's power turns
                    // subnormal still move through the subnormal powers: their terms must be added
                    int from = CpuSplineFilter.poles(SplineBasis.poles(order), n)[0].firstSubnormal - 3;
                    for (double[] line : v) {
                        java.util.Arrays.fill(line, 0.0);
                        line[0] = 1e-300;
                        for (int k = Math.max(from, 1); k < n; k++) {
                            line[k] = k % 2 == 0 ? 1e10 : -3e9;
                        }
                    }
                }
                for (int mode : MODES) {
                    // lines along the last axis (rows), then along the first (columns)
                    check(v, true, order, mode, kind);
                    check(v, false, order, mode, kind);
                }
            }
        }
    }

    private static void check(double[][] lines, boolean rows, int order, int mode, String kind) {
        int count = lines.length;
        int n = lines[0].length;
        int[] shape = rows ? new int[] {count, n} : new int[] {n, count};
        double[] packed = new double[count * n];
        for (int l = 0; l < count; l++) {
            for (int k = 0; k < n; k++) {
                packed[rows ? l * n + k : k * count + l] = lines[l][k];
            }
        }
        int axis = rows ? 1 : 0;
        HostArray in = new HostArray(DType.FLOAT64, shape, packed.clone());
        double[] got = (double[]) CpuSplineFilter.filter(in, order, axis, mode, DType.FLOAT64, threads).data();
        double[] want = reference(packed, shape, axis, order, mode);
        assertArrayEquals(want, got, kind + " shape " + shape[0] + "x" + shape[1] + " axis " + axis + " order " + order
                + " mode " + mode);
    }

    // ---- SciPy 1.10's ni_splines.c loops, one line at a time ----

    private static double[] reference(double[] v, int[] shape, int axis, int order, int mode) {
        double[] out = v.clone();
        int n = shape[axis];
        int inner = axis == 0 ? shape[1] : 1;
        int lines = v.length / n;
        double[] poles = SplineBasis.poles(order);
        double[] line = new double[n];
        for (int l = 0; l < lines; l++) {
            int base = axis == 0 ? l : l * n;
            for (int k = 0; k < n; k++) {
                line[k] = out[base + k * inner];
            }
            if (n > 1) {
                filterLine(line, poles, mode);
            }
            for (int k = 0; k < n; k++) {
                out[base + k * inner] = line[k];
            }
        }
        return out;
    }

    private static void filterLine(double[] c, double[] poles, int mode) {
        int n = c.length;
        double gain = 1.0;
        for (double z : poles) {
            gain *= (1.0 - z) * (1.0 - 1.0 / z);
        }
        for (int i = 0; i < n; i++) {
            c[i] *= gain;
        }
        boolean reflect = mode == SplineSampling.REFLECT || mode == SplineSampling.NEAREST;
        boolean periodic = mode == SplineSampling.GRID_WRAP;
        for (double z : poles) {
            if (reflect) {
                double zi = z;
                double zn = Math.pow(z, n);
                double c0 = c[0];
                c[0] = c[0] + zn * c[n - 1];
                for (int i = 1; i < n; i++) {
                    c[0] += zi * (c[i] + zn * c[n - 1 - i]);
                    zi *= z;
                }
                c[0] *= z / (1 - zn * zn);
                c[0] += c0;
            } else if (periodic) {
                double zi = z;
                for (int i = 1; i < n; i++) {
                    c[0] += zi * c[n - i];
                    zi *= z;
                }
                c[0] /= 1 - zi;
            } else {
                double zi = z;
                double zn1 = Math.pow(z, n - 1);
                c[0] = c[0] + zn1 * c[n - 1];
                for (int i = 1; i < n - 1; i++) {
                    c[0] += zi * (c[i] + zn1 * c[n - 1 - i]);
                    zi *= z;
                }
                c[0] /= 1 - zn1 * zn1;
            }
            for (int i = 1; i < n; i++) {
                c[i] += z * c[i - 1];
            }
            if (reflect) {
                c[n - 1] *= z / (z - 1);
            } else if (periodic) {
                double zi = z;
                for (int i = 0; i < n - 1; i++) {
                    c[n - 1] += zi * c[i];
                    zi *= z;
                }
                c[n - 1] *= z / (zi - 1);
            } else {
                c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1);
            }
            for (int i = n - 2; i >= 0; i--) {
                c[i] = z * (c[i + 1] - c[i]);
            }
        }
    }
}
