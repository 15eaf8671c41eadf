package org.sciaccel.skimage.morphology;

/**
 * NumPy 1.24's default {@code np.argsort(a)} (kind quicksort) on a 1-D array, reproduced step by step so that
 * equal keys come out in NumPy's order: introsort with median-of-three pivots, insertion sort for partitions of
 * at most 16 elements, heapsort past the depth limit (NumPy's {@code aquicksort_} and {@code aheapsort_}).
 * scikit-image sorts with it where ties decide results (peak_local_max's candidates, the neighbour offsets of
 * local_maxima), so sciaccel's stable sort would give other answers on plateaus.
 */
public final class NumpyArgsort {
    private static final int SMALL_QUICKSORT = 15;

    private NumpyArgsort() {
    }

    /** A bool {@link org.sciaccel.HostArray} (one byte per element) from Java booleans; a helper of both skimage packages. */
    public static org.sciaccel.HostArray boolHost(int[] shape, boolean[] v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i] ? (byte) 1 : 0;
        }
        return new org.sciaccel.HostArray(org.sciaccel.DType.BOOL, shape, b);
    }

    /** NumPy's float order: NaN after everything. */
    private static boolean less(double a, double b) {
        return a < b || (b != b && a == a);
    }

    /** {@code np.argsort(v)} for a float array (float32 keys widened to double keep their order). */
    public static int[] argsort(double[] v) {
        int n = v.length;
        int[] tosort = new int[n];
        for (int i = 0; i < n; i++) {
            tosort[i] = i;
        }
        if (n < 2) {
            return tosort;
        }
        int[] stack = new int[256];
        int[] depthStack = new int[128];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = n - 1;
        int cdepth = msb(n) * 2;
        while (true) {
            boolean popped = false;
            if (cdepth < 0) {
                heapsort(v, tosort, pl, pr - pl + 1);
                popped = true;
            }
            if (!popped) {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (less(v[tosort[pm]], v[tosort[pl]])) {
                        swap(tosort, pm, pl);
                    }
                    if (less(v[tosort[pr]], v[tosort[pm]])) {
                        swap(tosort, pr, pm);
                    }
                    if (less(v[tosort[pm]], v[tosort[pl]])) {
                        swap(tosort, pm, pl);
                    }
                    double vp = v[tosort[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(tosort, pm, pj);
                    while (true) {
                        do {
                            ++pi;
                        } while (less(v[tosort[pi]], vp));
                        do {
                            --pj;
                        } while (less(vp, v[tosort[pj]]));
                        if (pi >= pj) {
                            break;
                        }
                        swap(tosort, pi, pj);
                    }
                    int pk = pr - 1;
                    swap(tosort, pi, pk);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[dp++] = --cdepth;
                }
                for (int pi = pl + 1; pi <= pr; ++pi) {
                    int vi = tosort[pi];
                    double vv = v[vi];
                    int pj = pi;
                    int pk = pi - 1;
                    while (pj > pl && less(vv, v[tosort[pk]])) {
                        tosort[pj--] = tosort[pk--];
                    }
                    tosort[pj] = vi;
                }
            }
            if (sp == 0) {
                break;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            cdepth = depthStack[--dp];
        }
        return tosort;
    }

    /** {@code np.argsort(v)} for an integer array. */
    public static int[] argsort(long[] v) {
        int n = v.length;
        int[] tosort = new int[n];
        for (int i = 0; i < n; i++) {
            tosort[i] = i;
        }
        if (n < 2) {
            return tosort;
        }
        int[] stack = new int[256];
        int[] depthStack = new int[128];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = n - 1;
        int cdepth = msb(n) * 2;
        while (true) {
            boolean popped = false;
            if (cdepth < 0) {
                heapsort(v, tosort, pl, pr - pl + 1);
                popped = true;
            }
            if (!popped) {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[tosort[pm]] < v[tosort[pl]]) {
                        swap(tosort, pm, pl);
                    }
                    if (v[tosort[pr]] < v[tosort[pm]]) {
                        swap(tosort, pr, pm);
                    }
                    if (v[tosort[pm]] < v[tosort[pl]]) {
                        swap(tosort, pm, pl);
                    }
                    long vp = v[tosort[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(tosort, pm, pj);
                    while (true) {
                        do {
                            ++pi;
                        } while (v[tosort[pi]] < vp);
                        do {
                            --pj;
                        } while (vp < v[tosort[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(tosort, pi, pj);
                    }
                    int pk = pr - 1;
                    swap(tosort, pi, pk);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[dp++] = --cdepth;
                }
                for (int pi = pl + 1; pi <= pr; ++pi) {
                    int vi = tosort[pi];
                    long vv = v[vi];
                    int pj = pi;
                    int pk = pi - 1;
                    while (pj > pl && vv < v[tosort[pk]]) {
                        tosort[pj--] = tosort[pk--];
                    }
                    tosort[pj] = vi;
                }
            }
            if (sp == 0) {
                break;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            cdepth = depthStack[--dp];
        }
        return tosort;
    }

    private static int msb(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** NumPy's aheapsort_ on tosort[off .. off+n), 1-based heap indexing as NumPy writes it. */
    private static void heapsort(double[] v, int[] tosort, int off, int n) {
        int base = off - 1;
        for (int l = n >> 1; l > 0; --l) {
            int tmp = tosort[base + l];
            int i = l;
            for (int j = l << 1; j <= n;) {
                if (j < n && less(v[tosort[base + j]], v[tosort[base + j + 1]])) {
                    j += 1;
                }
                if (less(v[tmp], v[tosort[base + j]])) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
        for (; n > 1;) {
            int tmp = tosort[base + n];
            tosort[base + n] = tosort[base + 1];
            n -= 1;
            int i = 1;
            for (int j = 2; j <= n;) {
                if (j < n && less(v[tosort[base + j]], v[tosort[base + j + 1]])) {
                    j++;
                }
                if (less(v[tmp], v[tosort[base + j]])) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
    }

    private static void heapsort(long[] v, int[] tosort, int off, int n) {
        int base = off - 1;
        for (int l = n >> 1; l > 0; --l) {
            int tmp = tosort[base + l];
            int i = l;
            for (int j = l << 1; j <= n;) {
                if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
                    j += 1;
                }
                if (v[tmp] < v[tosort[base + j]]) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
        for (; n > 1;) {
            int tmp = tosort[base + n];
            tosort[base + n] = tosort[base + 1];
            n -= 1;
            int i = 1;
            for (int j = 2; j <= n;) {
                if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
                    j++;
                }
                if (v[tmp] < v[tosort[base + j]]) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
    }
}
