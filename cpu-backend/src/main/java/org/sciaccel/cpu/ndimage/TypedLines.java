package org.sciaccel.cpu.ndimage;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;

/**
 * Moves elements between the primitive array of any real {@link DType} and a {@code double[]}
 * work buffer: a contiguous run into one row, or a run along one line into one column of several
 * rows. Reading converts exactly (unsigned types read unsigned, uint64 rounded to the nearest double as
 * SciPy's C loops read it, float16 from its half bits); writing stores as
 * {@link org.sciaccel.Casting#castTo} does (a C cast: truncation toward zero, low bits kept for
 * narrow integers). One switch per call, then a plain loop, so the loops stay tight.
 */
final class TypedLines {
    private TypedLines() {
    }

    /** {@code dst[dstOff + k] = src[srcOff + k]} for {@code k < count}, as doubles. */
    static void read(Object src, DType type, int srcOff, double[] dst, int dstOff, int count) {
        switch (type) {
            case FLOAT32: {
                float[] a = (float[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k];
                break;
            }
            case FLOAT64:
                System.arraycopy(src, srcOff, dst, dstOff, count);
                break;
            case UINT8:
            case BOOL: {
                byte[] a = (byte[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k] & 0xFF;
                break;
            }
            case UINT16: {
                short[] a = (short[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k] & 0xFFFF;
                break;
            }
            case INT32: {
                int[] a = (int[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k];
                break;
            }
            case INT64: {
                long[] a = (long[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k];
                break;
            }
            case INT8: {
                byte[] a = (byte[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k];
                break;
            }
            case INT16: {
                short[] a = (short[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = a[srcOff + k];
                break;
            }
            case UINT32: {
                int[] a = (int[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = (a[srcOff + k] & 0xFFFF_FFFFL);
                break;
            }
            case UINT64: {
                long[] a = (long[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = Casting.unsignedToDouble(a[srcOff + k]);
                break;
            }
            case FLOAT16: {
                short[] a = (short[]) src;
                for (int k = 0; k < count; k++) dst[dstOff + k] = Half.toDouble(a[srcOff + k]);
                break;
            }
            default:
                throw new UnsupportedOperationException("dtype " + type + " is not a real type");
        }
    }

    /** {@code dst[dstOff + k] = cast(src[srcOff + k])} for {@code k < count}. */
    static void write(double[] src, int srcOff, Object dst, DType type, int dstOff, int count) {
        switch (type) {
            case FLOAT32: {
                float[] a = (float[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (float) src[srcOff + k];
                break;
            }
            case FLOAT64:
                System.arraycopy(src, srcOff, dst, dstOff, count);
                break;
            case UINT8:
            case BOOL: {
                // (long) truncates toward zero; the narrow cast keeps the low bits, as Casting.castTo.
                byte[] a = (byte[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (byte) (long) src[srcOff + k];
                break;
            }
            case UINT16: {
                short[] a = (short[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (short) (long) src[srcOff + k];
                break;
            }
            case INT32: {
                int[] a = (int[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (int) (long) src[srcOff + k];
                break;
            }
            case INT64: {
                long[] a = (long[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (long) src[srcOff + k];
                break;
            }
            case INT8: {
                byte[] a = (byte[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (byte) (long) src[srcOff + k];
                break;
            }
            case INT16: {
                short[] a = (short[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (short) (long) src[srcOff + k];
                break;
            }
            case UINT32: {
                int[] a = (int[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = (int) (long) src[srcOff + k];
                break;
            }
            case UINT64: {
                long[] a = (long[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = Casting.toUint64Bits(src[srcOff + k]);
                break;
            }
            case FLOAT16: {
                short[] a = (short[]) dst;
                for (int k = 0; k < count; k++) a[dstOff + k] = Half.fromDouble(src[srcOff + k]);
                break;
            }
            default:
                throw new UnsupportedOperationException("dtype " + type + " is not a real type");
        }
    }

    /**
     * A transposing read: {@code rows[row0 + q][b] = src[bases[b] + add + q * stride]} for
     * {@code b < lines, q < count}, as doubles. Each line is read along itself; float32 and float64
     * take four lines per pass, which fetches each row reference once per four elements.
     */
    static void readColumns(Object src, DType type, int[] bases, int add, int stride, double[][] rows, int row0,
            int lines, int count) {
        int b = 0;
        if (type == DType.FLOAT32) {
            float[] a = (float[]) src;
            for (; b + 4 <= lines; b += 4) {
                int o0 = bases[b] + add, o1 = bases[b + 1] + add, o2 = bases[b + 2] + add, o3 = bases[b + 3] + add;
                for (int q = 0; q < count; q++) {
                    double[] r = rows[row0 + q];
                    int d = q * stride;
                    r[b] = a[o0 + d];
                    r[b + 1] = a[o1 + d];
                    r[b + 2] = a[o2 + d];
                    r[b + 3] = a[o3 + d];
                }
            }
        } else if (type == DType.FLOAT64) {
            double[] a = (double[]) src;
            for (; b + 4 <= lines; b += 4) {
                int o0 = bases[b] + add, o1 = bases[b + 1] + add, o2 = bases[b + 2] + add, o3 = bases[b + 3] + add;
                for (int q = 0; q < count; q++) {
                    double[] r = rows[row0 + q];
                    int d = q * stride;
                    r[b] = a[o0 + d];
                    r[b + 1] = a[o1 + d];
                    r[b + 2] = a[o2 + d];
                    r[b + 3] = a[o3 + d];
                }
            }
        }
        for (; b < lines; b++) {
            readColumn(src, type, bases[b] + add, stride, rows, row0, b, count);
        }
    }

    /** {@code rows[row0 + q][col] = src[srcOff + q * stride]} for {@code q < count}, as doubles: one line into one column. */
    private static void readColumn(Object src, DType type, int srcOff, int stride, double[][] rows, int row0, int col,
            int count) {
        switch (type) {
            case FLOAT32: {
                float[] a = (float[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case FLOAT64: {
                double[] a = (double[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case UINT8:
            case BOOL: {
                byte[] a = (byte[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride] & 0xFF;
                break;
            }
            case UINT16: {
                short[] a = (short[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride] & 0xFFFF;
                break;
            }
            case INT32: {
                int[] a = (int[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case INT64: {
                long[] a = (long[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case INT8: {
                byte[] a = (byte[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case INT16: {
                short[] a = (short[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = a[srcOff + q * stride];
                break;
            }
            case UINT32: {
                int[] a = (int[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = (a[srcOff + q * stride] & 0xFFFF_FFFFL);
                break;
            }
            case UINT64: {
                long[] a = (long[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = Casting.unsignedToDouble(a[srcOff + q * stride]);
                break;
            }
            case FLOAT16: {
                short[] a = (short[]) src;
                for (int q = 0; q < count; q++) rows[row0 + q][col] = Half.toDouble(a[srcOff + q * stride]);
                break;
            }
            default:
                throw new UnsupportedOperationException("dtype " + type + " is not a real type");
        }
    }

    /**
     * The inverse of {@link #readColumns}: {@code dst[bases[b] + add + q * stride] = cast(rows[q][b])}
     * for {@code b < lines, q < count}.
     */
    static void writeColumns(double[][] rows, Object dst, DType type, int[] bases, int add, int stride, int lines,
            int count) {
        int b = 0;
        if (type == DType.FLOAT32) {
            float[] a = (float[]) dst;
            for (; b + 4 <= lines; b += 4) {
                int o0 = bases[b] + add, o1 = bases[b + 1] + add, o2 = bases[b + 2] + add, o3 = bases[b + 3] + add;
                for (int q = 0; q < count; q++) {
                    double[] r = rows[q];
                    int d = q * stride;
                    a[o0 + d] = (float) r[b];
                    a[o1 + d] = (float) r[b + 1];
                    a[o2 + d] = (float) r[b + 2];
                    a[o3 + d] = (float) r[b + 3];
                }
            }
        } else if (type == DType.FLOAT64) {
            double[] a = (double[]) dst;
            for (; b + 4 <= lines; b += 4) {
                int o0 = bases[b] + add, o1 = bases[b + 1] + add, o2 = bases[b + 2] + add, o3 = bases[b + 3] + add;
                for (int q = 0; q < count; q++) {
                    double[] r = rows[q];
                    int d = q * stride;
                    a[o0 + d] = r[b];
                    a[o1 + d] = r[b + 1];
                    a[o2 + d] = r[b + 2];
                    a[o3 + d] = r[b + 3];
                }
            }
        }
        for (; b < lines; b++) {
            writeColumn(rows, b, dst, type, bases[b] + add, stride, count);
        }
    }

    /** {@code dst[dstOff + q * stride] = cast(rows[q][col])} for {@code q < count}: one column into one line. */
    private static void writeColumn(double[][] rows, int col, Object dst, DType type, int dstOff, int stride, int count) {
        switch (type) {
            case FLOAT32: {
                float[] a = (float[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (float) rows[q][col];
                break;
            }
            case FLOAT64: {
                double[] a = (double[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = rows[q][col];
                break;
            }
            case UINT8:
            case BOOL: {
                byte[] a = (byte[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (byte) (long) rows[q][col];
                break;
            }
            case UINT16: {
                short[] a = (short[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (short) (long) rows[q][col];
                break;
            }
            case INT32: {
                int[] a = (int[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (int) (long) rows[q][col];
                break;
            }
            case INT64: {
                long[] a = (long[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (long) rows[q][col];
                break;
            }
            case INT8: {
                byte[] a = (byte[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (byte) (long) rows[q][col];
                break;
            }
            case INT16: {
                short[] a = (short[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (short) (long) rows[q][col];
                break;
            }
            case UINT32: {
                int[] a = (int[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = (int) (long) rows[q][col];
                break;
            }
            case UINT64: {
                long[] a = (long[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = Casting.toUint64Bits(rows[q][col]);
                break;
            }
            case FLOAT16: {
                short[] a = (short[]) dst;
                for (int q = 0; q < count; q++) a[dstOff + q * stride] = Half.fromDouble(rows[q][col]);
                break;
            }
            default:
                throw new UnsupportedOperationException("dtype " + type + " is not a real type");
        }
    }
}
