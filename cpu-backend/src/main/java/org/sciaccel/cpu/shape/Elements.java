package org.sciaccel.cpu.shape;

/**
 * The inner loops of the shape family over one kind of Java primitive array (a {@code HostArray}'s
 * data): strided runs copied and filled, rows gathered by index, nonzero elements counted. Shape
 * ops only move values, so the loops depend on the primitive type alone, never on the dtype: one
 * implementation per primitive array type, chosen once per call by {@link #of}. Positions count
 * Java values (a complex element is two).
 */
abstract class Elements {
    /** {@code dst[di + k·ds] = src[si + k·ss]} for {@code k < n}. */
    abstract void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n);

    /** {@code dst[di + k·ds] = value} for {@code k < n}, the value given by its bits (as ShapeOps.fillStrided takes them). */
    abstract void fillRun(Object dst, int di, int ds, int n, long bits);

    /** {@code dst[di + k·ds] = src[srcBase + rows[ri + k·rs]·scale]} for {@code k < n}: one value of each row. */
    abstract void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
            int n);

    /**
     * For {@code k} in {@code [from, to)}: row {@code r = rows[k]} of {@code dst} ({@code width} values)
     * gets row {@code (byRow ? r : k) % valueRows} of {@code src}, unless {@code winner} (when given)
     * names another {@code k} as the last writer of {@code r}.
     */
    abstract void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows,
            boolean byRow, int[] winner);

    /** Number of values {@code != 0} in {@code [from, to)} ({@code halfBits}: float16 bits, whose sign bit alone is zero). */
    abstract int countNonzero(Object data, int from, int to, boolean halfBits);

    /** Whether value {@code i} is nonzero (as {@link #countNonzero} counts it). */
    abstract boolean isNonzero(Object data, int i, boolean halfBits);

    /** The loops for {@code data}'s primitive array type. */
    static Elements of(Object data) {
        if (data instanceof byte[]) {
            return BYTES;
        }
        if (data instanceof short[]) {
            return SHORTS;
        }
        if (data instanceof int[]) {
            return INTS;
        }
        if (data instanceof long[]) {
            return LONGS;
        }
        if (data instanceof float[]) {
            return FLOATS;
        }
        if (data instanceof double[]) {
            return DOUBLES;
        }
        throw new IllegalArgumentException("not a primitive array: " + data.getClass());
    }

    private static final Elements BYTES = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            byte[] d = (byte[]) dst;
            byte v = (byte) bits;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = v;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            byte[] s = (byte[]) src;
            byte[] d = (byte[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            byte[] a = (byte[]) data;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += a[i] != 0 ? 1 : 0;
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return ((byte[]) data)[i] != 0;
        }
    };

    private static final Elements SHORTS = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            short[] s = (short[]) src;
            short[] d = (short[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            short[] d = (short[]) dst;
            short v = (short) bits;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = v;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            short[] s = (short[]) src;
            short[] d = (short[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            short[] s = (short[]) src;
            short[] d = (short[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            short[] a = (short[]) data;
            int mask = halfBits ? 0x7FFF : 0xFFFF;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += (a[i] & mask) != 0 ? 1 : 0;
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return (((short[]) data)[i] & (halfBits ? 0x7FFF : 0xFFFF)) != 0;
        }
    };

    private static final Elements INTS = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            int[] s = (int[]) src;
            int[] d = (int[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            int[] d = (int[]) dst;
            int v = (int) bits;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = v;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            int[] s = (int[]) src;
            int[] d = (int[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            int[] s = (int[]) src;
            int[] d = (int[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            int[] a = (int[]) data;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += a[i] != 0 ? 1 : 0;
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return ((int[]) data)[i] != 0;
        }
    };

    private static final Elements LONGS = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            long[] d = (long[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = bits;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            long[] a = (long[]) data;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += a[i] != 0 ? 1 : 0;
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return ((long[]) data)[i] != 0;
        }
    };

    private static final Elements FLOATS = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            float[] d = (float[]) dst;
            float v = Float.intBitsToFloat((int) bits);
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = v;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            float[] a = (float[]) data;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += a[i] != 0 ? 1 : 0;  // NaN != 0 counts, -0.0 does not: NumPy's truth of a float
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return ((float[]) data)[i] != 0;
        }
    };

    private static final Elements DOUBLES = new Elements() {
        @Override
        void copyRun(Object src, int si, int ss, Object dst, int di, int ds, int n) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[si + k * ss];
            }
        }

        @Override
        void fillRun(Object dst, int di, int ds, int n, long bits) {
            double[] d = (double[]) dst;
            double v = Double.longBitsToDouble(bits);
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = v;
            }
        }

        @Override
        void gatherRows(Object src, int srcBase, int scale, long[] rows, int ri, int rs, Object dst, int di, int ds,
                int n) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int k = 0; k < n; k++) {
                d[di + k * ds] = s[srcBase + (int) rows[ri + k * rs] * scale];
            }
        }

        @Override
        void scatterRows(Object dst, int width, long[] rows, int from, int to, Object src, int valueRows, boolean byRow,
                int[] winner) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int k = from; k < to; k++) {
                int r = (int) rows[k];
                if (winner != null && winner[r] != k) {
                    continue;
                }
                int at = r * width;
                int from2 = (int) ((byRow ? r : k) % valueRows) * width;
                for (int c = 0; c < width; c++) {
                    d[at + c] = s[from2 + c];
                }
            }
        }

        @Override
        int countNonzero(Object data, int from, int to, boolean halfBits) {
            double[] a = (double[]) data;
            int c = 0;
            for (int i = from; i < to; i++) {
                c += a[i] != 0 ? 1 : 0;
            }
            return c;
        }

        @Override
        boolean isNonzero(Object data, int i, boolean halfBits) {
            return ((double[]) data)[i] != 0;
        }
    };
}
