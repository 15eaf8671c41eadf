package org.sciaccel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * MAT v4 files (which MFL does not read): a sequence of records, each a 20-byte header
 * (type code MOPT, rows, columns, imaginary flag, name length), the name, then the real and
 * (if complex) imaginary parts in column-major order. Full numeric, text and sparse records are
 * read as SciPy's v4 reader returns them.
 */
final class MatV4 {
    private MatV4() {
    }

    static Map<String, Object> read(Path p, String source, Mat.Options options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        int pos = 0;
        while (pos < bytes.length) {
            if (pos + 20 > bytes.length) {
                throw bad(source, "truncated v4 record header at byte " + pos);
            }
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int mopt = b.getInt(pos);
            if (mopt < 0 || mopt > 5000) {
                b.order(ByteOrder.BIG_ENDIAN);
                mopt = b.getInt(pos);
            }
            int m = mopt / 1000, o = (mopt / 100) % 10, prec = (mopt / 10) % 10, type = mopt % 10;
            if (mopt < 0 || m > 1 || o != 0 || prec > 5 || type > 2) {
                throw bad(source, "v4 record at byte " + pos + " has an invalid type code " + mopt);
            }
            int rows = b.getInt(pos + 4), cols = b.getInt(pos + 8), imagf = b.getInt(pos + 12), namlen = b.getInt(pos + 16);
            if (rows < 0 || cols < 0 || namlen < 1 || namlen > 4096) {
                throw bad(source, "v4 record at byte " + pos + " has an invalid header (rows " + rows + ", columns " + cols
                        + ", name length " + namlen + ")");
            }
            pos += 20;
            if (pos + namlen > bytes.length) {
                throw bad(source, "truncated v4 variable name at byte " + pos);
            }
            int end = pos;
            while (end < pos + namlen && bytes[end] != 0) {
                end++;
            }
            String name = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
            pos += namlen;
            DType dt = new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT32, DType.INT16, DType.UINT16, DType.UINT8}[prec];
            long n = (long) rows * cols;
            long need = n * dt.itemSize() * (imagf != 0 ? 2 : 1);
            if (pos + need > bytes.length) {
                throw bad(source, "truncated data of v4 variable '" + name + "': it needs " + need + " bytes, the file has "
                        + (bytes.length - pos));
            }
            double[] re = values(b, pos, (int) n, dt);
            double[] im = imagf != 0 ? values(b, pos + (int) n * dt.itemSize(), (int) n, dt) : null;
            Object raw = rawValues(b, pos, (int) n, dt);
            pos += (int) need;
            if (options.variableNames != null && !options.variableNames.contains(name)) {
                continue;
            }
            Object value;
            int[] dims = {rows, cols};
            if (type == 1) {
                List<String> rowsText = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < cols; c++) {
                        sb.append((char) re[c * rows + r]);
                    }
                    rowsText.add(sb.toString());
                }
                value = options.squeezeMe && rowsText.size() == 1 ? rowsText.get(0) : rowsText;
            } else if (type == 2) {
                value = squeeze(sparse(re, rows, cols, name, source), options.squeezeMe);
            } else if (im != null) {
                boolean single = dt == DType.FLOAT32;
                Object d = single ? new float[2 * (int) n] : new double[2 * (int) n];
                for (int i = 0; i < n; i++) {
                    if (single) {
                        ((float[]) d)[2 * i] = (float) re[i];
                        ((float[]) d)[2 * i + 1] = (float) im[i];
                    } else {
                        ((double[]) d)[2 * i] = re[i];
                        ((double[]) d)[2 * i + 1] = im[i];
                    }
                }
                value = squeeze(new HostArray(single ? DType.COMPLEX64 : DType.COMPLEX128, dims,
                        NpyData.fortranToRowMajor(d, dims, 2)), options.squeezeMe);
            } else {
                value = squeeze(new HostArray(dt, dims, NpyData.fortranToRowMajor(raw, dims, 1)), options.squeezeMe);
            }
            out.put(name, value);
        }
        return Collections.unmodifiableMap(out);
    }

    private static HostArray squeeze(HostArray h, boolean squeeze) {
        return !squeeze ? h : h.size() == 0 ? new HostArray(DType.FLOAT64, new int[] {0}, new double[0])
                : new HostArray(h.dtype(), MatConvert.squeezed(h.shape()), h.data());
    }

    /** A v4 sparse record: an N×3 (or N×4) column-major matrix of 1-based (row, col, re[, im]); the last row holds the shape. */
    private static HostArray sparse(double[] v, int rows, int cols, String name, String source) {
        if (rows < 1 || (cols != 3 && cols != 4)) {
            throw bad(source, "v4 sparse variable '" + name + "' has a " + rows + "x" + cols + " index matrix (N x 3 or 4 expected)");
        }
        int m = (int) v[rows - 1], n = (int) v[rows + rows - 1];
        if (m < 0 || n < 0 || (long) m * n > Integer.MAX_VALUE / 2) {
            throw bad(source, "v4 sparse variable '" + name + "' has an invalid shape " + m + "x" + n);
        }
        boolean complex = cols == 4;
        double[] d = new double[(complex ? 2 : 1) * m * n];
        for (int k = 0; k < rows - 1; k++) {
            int r = (int) v[k] - 1, c = (int) v[rows + k] - 1;
            if (r < 0 || r >= m || c < 0 || c >= n) {
                throw bad(source, "v4 sparse variable '" + name + "' has an entry at (" + (r + 1) + ", " + (c + 1)
                        + ") outside its shape " + m + "x" + n);
            }
            if (complex) {
                d[2 * (r * n + c)] += v[2 * rows + k];
                d[2 * (r * n + c) + 1] += v[3 * rows + k];
            } else {
                d[r * n + c] += v[2 * rows + k];
            }
        }
        return new HostArray(complex ? DType.COMPLEX128 : DType.FLOAT64, new int[] {m, n}, d);
    }

    private static double[] values(ByteBuffer b, int pos, int n, DType dt) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int at = pos + i * dt.itemSize();
            switch (dt) {
                case FLOAT64: out[i] = b.getDouble(at); break;
                case FLOAT32: out[i] = b.getFloat(at); break;
                case INT32: out[i] = b.getInt(at); break;
                case INT16: out[i] = b.getShort(at); break;
                case UINT16: out[i] = b.getShort(at) & 0xFFFF; break;
                default: out[i] = b.get(at) & 0xFF; break;
            }
        }
        return out;
    }

    private static Object rawValues(ByteBuffer b, int pos, int n, DType dt) {
        ByteBuffer s = b.duplicate().order(b.order());
        s.position(pos);
        s = s.slice().order(b.order());
        switch (dt) {
            case FLOAT64: { double[] v = new double[n]; s.asDoubleBuffer().get(v); return v; }
            case FLOAT32: { float[] v = new float[n]; s.asFloatBuffer().get(v); return v; }
            case INT32: { int[] v = new int[n]; s.asIntBuffer().get(v); return v; }
            case INT16: case UINT16: { short[] v = new short[n]; s.asShortBuffer().get(v); return v; }
            default: { byte[] v = new byte[n]; s.get(v); return v; }
        }
    }

    private static FileFormatException bad(String source, String what) {
        return new FileFormatException(source + ": " + what);
    }
}
