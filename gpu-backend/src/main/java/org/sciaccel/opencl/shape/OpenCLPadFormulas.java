package org.sciaccel.opencl.shape;

/**
 * Whether a pad's table of source rows (api {@code PadRows}, NumPy's fill) is the periodic extension
 * one of pad.cl's folds computes, so that the kernel folds indices itself and no table is uploaded.
 * The folds here are the kernel's, in Java.
 */
final class OpenCLPadFormulas {
    private OpenCLPadFormulas() {
    }

    /** pad.cl's MODE (0 edge, 1 reflect, 2 symmetric, 3 wrap) whose fold gives {@code rows}, or -1. */
    static int modeOf(long[] rows, int n, int before) {
        for (int mode = 0; mode < 4; mode++) {
            boolean all = true;
            for (int j = 0; j < rows.length && all; j++) {
                all = rows[j] == fold(j - before, n, mode);
            }
            if (all) {
                return mode;
            }
        }
        return -1;
    }

    static long fold(long i, long n, int mode) {
        switch (mode) {
            case 0:
                return i < 0 ? 0 : i >= n ? n - 1 : i;
            case 1: {
                if (n == 1) {
                    return 0;
                }
                long k = Math.floorMod(i, 2 * n - 2);
                return k < n ? k : 2 * n - 2 - k;
            }
            case 2: {
                long k = Math.floorMod(i, 2 * n);
                return k < n ? k : 2 * n - 1 - k;
            }
            default:
                return Math.floorMod(i, n);
        }
    }
}
