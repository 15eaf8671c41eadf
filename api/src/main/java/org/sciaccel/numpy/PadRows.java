package org.sciaccel.numpy;

import java.util.Arrays;

/**
 * Which original row each row of a padded axis holds, for np.pad's edge, reflect, symmetric and
 * wrap modes, as NumPy 1.24 fills the axis. NumPy pads a wide region chunk by chunk, each chunk
 * mirroring (or repeating) what the axis holds so far, left pad before right pad; where one pad is
 * much wider than the other that differs from a plain periodic extension (np.pad([1, 2, 3], (2, 9),
 * 'wrap') repeats a chunk of the left pad on the right). Running the same chunk steps on row
 * numbers instead of values gives the table every backend gathers by
 * ({@code ShapeOps.pad}).
 */
final class PadRows {
    /** The copying modes. */
    enum Mode { EDGE, REFLECT, SYMMETRIC, WRAP }

    private PadRows() {
    }

    /** The source row of each of the {@code before + n + after} rows ({@code n > 0}). */
    static long[] of(int n, int before, int after, Mode mode) {
        int total = before + n + after;
        long[] rows = new long[total];
        Arrays.fill(rows, -1);
        for (int k = 0; k < n; k++) {
            rows[before + k] = k;
        }
        if (mode == Mode.EDGE || n == 1 && mode != Mode.WRAP) {
            // NumPy extends a length-1 axis by its edge in reflect and symmetric mode too
            for (int j = 0; j < total; j++) {
                rows[j] = j < before ? 0 : j >= before + n ? n - 1 : rows[j];
            }
            return rows;
        }
        int left = before;
        int right = after;
        while (left > 0 || right > 0) {
            int[] next = mode == Mode.WRAP ? wrapBoth(rows, left, right) : reflectBoth(rows, left, right,
                    mode == Mode.SYMMETRIC);
            left = next[0];
            right = next[1];
        }
        return rows;
    }

    /** One step of NumPy's reflection: a chunk mirrored into each pad, as long as the filled part allows. */
    private static int[] reflectBoth(long[] rows, int left, int right, boolean includeEdge) {
        int total = rows.length;
        int edge = includeEdge ? 1 : 0;
        int oldLength = total - right - left - (includeEdge ? 0 : 1);
        if (left > 0) {
            int chunk = Math.min(oldLength, left);
            int stop = left - edge;
            // rows[stop + chunk], ..., rows[stop + 1] into rows[left - chunk, left)
            long[] values = new long[chunk];
            for (int c = 0; c < chunk; c++) {
                values[c] = rows[stop + chunk - c];
            }
            System.arraycopy(values, 0, rows, left - chunk, chunk);
            left -= chunk;
        }
        if (right > 0) {
            int chunk = Math.min(oldLength, right);
            int start = total - right + edge - 2;
            // rows[start], rows[start - 1], ... into rows[total - right, total - right + chunk)
            long[] values = new long[chunk];
            for (int c = 0; c < chunk; c++) {
                values[c] = rows[start - c];
            }
            System.arraycopy(values, 0, rows, total - right, chunk);
            right -= chunk;
        }
        return new int[] {left, right};
    }

    /** One step of NumPy's wrapping: the filled part (the period) repeated into each pad, as far as it reaches. */
    private static int[] wrapBoth(long[] rows, int left, int right) {
        int total = rows.length;
        int period = total - right - left;
        int newLeft = 0;
        int newRight = 0;
        if (left > 0) {
            int chunk = Math.min(period, left);
            long[] values = Arrays.copyOfRange(rows, total - right - chunk, total - right);
            int at = left > period ? left - period : 0;
            newLeft = left > period ? left - period : 0;
            System.arraycopy(values, 0, rows, at, chunk);
        }
        if (right > 0) {
            int chunk = Math.min(period, right);
            long[] values = Arrays.copyOfRange(rows, left, left + chunk);
            newRight = right > period ? right - period : 0;
            System.arraycopy(values, 0, rows, total - right, chunk);
        }
        return new int[] {newLeft, newRight};
    }
}
