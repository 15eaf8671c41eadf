package org.sciaccel.cpu.sorting;

import org.sciaccel.HostArray;

/**
 * NumPy's order of complex numbers ({@code npysort}'s {@code CFLOAT_LT}): by real part, then
 * imaginary part, with NaNs last in the order {@code R + Rj < R + nanj < nan + Rj < nan + nanj}, and
 * a stable merge sort of positions by it. Complex lines are sorted by comparison rather than by key:
 * there is no single integer key for two floats and their NaN classes.
 */
final class CpuComplexOrder {
    private CpuComplexOrder() {
    }

    /** NumPy's {@code a < b} for complex numbers. */
    static boolean less(double ar, double ai, double br, double bi) {
        if (ar < br) {
            return ai == ai || bi != bi;
        } else if (ar > br) {
            return bi != bi && ai == ai;
        } else if (ar == br || (ar != ar && br != br)) {
            return ai < bi || (bi != bi && ai == ai);
        } else {
            return br != br;
        }
    }

    /** Reads the {@code n} elements at {@code start, start + stride, ...} of a complex array into re and im. */
    static void read(HostArray a, long start, int stride, int n, double[] re, double[] im) {
        int s = (int) start;
        if (a.data() instanceof float[] f) {
            for (int i = 0; i < n; i++) {
                int at = 2 * (s + i * stride);
                re[i] = f[at];
                im[i] = f[at + 1];
            }
        } else {
            double[] d = (double[]) a.data();
            for (int i = 0; i < n; i++) {
                int at = 2 * (s + i * stride);
                re[i] = d[at];
                im[i] = d[at + 1];
            }
        }
    }

    /** Writes element {@code i} of re/im to position {@code at} of a complex array. */
    static void write(HostArray a, int at, double re, double im) {
        if (a.data() instanceof float[] f) {
            f[2 * at] = (float) re;
            f[2 * at + 1] = (float) im;
        } else {
            double[] d = (double[]) a.data();
            d[2 * at] = re;
            d[2 * at + 1] = im;
        }
    }

    /** Sorts positions {@code idx[0..n)} (initially anything) stably by the values re/im they index; tmp is scratch. */
    static void argsort(double[] re, double[] im, int n, int[] idx, int[] tmp) {
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < n; i += CpuKeySort.INSERTION) {
            int end = Math.min(n, i + CpuKeySort.INSERTION);
            for (int j = i + 1; j < end; j++) {
                int p = idx[j];
                int k = j - 1;
                while (k >= i && less(re[p], im[p], re[idx[k]], im[idx[k]])) {
                    idx[k + 1] = idx[k];
                    k--;
                }
                idx[k + 1] = p;
            }
        }
        int[] src = idx;
        int[] dst = tmp;
        for (int width = CpuKeySort.INSERTION; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    // take from the right only when strictly less: equal elements keep their order
                    if (less(re[src[j]], im[src[j]], re[src[i]], im[src[i]])) {
                        dst[o++] = src[j++];
                    } else {
                        dst[o++] = src[i++];
                    }
                }
                while (i < mid) {
                    dst[o++] = src[i++];
                }
                while (j < hi) {
                    dst[o++] = src[j++];
                }
            }
            int[] t = src; src = dst; dst = t;
        }
        if (src != idx) {
            System.arraycopy(src, 0, idx, 0, n);
        }
    }

    /** Whether a complex value has a NaN part (NumPy's isnan of a complex). */
    static boolean isNaN(double re, double im) {
        return re != re || im != im;
    }
}
