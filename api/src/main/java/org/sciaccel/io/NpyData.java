package org.sciaccel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.sciaccel.DType;
import org.sciaccel.Shapes;

/**
 * Converts between the raw bytes of a {@code .npy} data section and the primitive arrays of a
 * {@link org.sciaccel.HostArray}, in chunks through {@link ByteBuffer} views (so no value is boxed
 * and the file is read once), and reorders Fortran-ordered data to row-major.
 */
final class NpyData {
    /** Chunk size: a multiple of every item size, large enough that per-chunk costs vanish. */
    static final int CHUNK_BYTES = 1 << 20;

    private NpyData() {
    }

    /** Somewhere bytes come from. */
    interface ByteSource {
        /** Reads up to {@code dst.remaining()} bytes into {@code dst}; -1 at the end. */
        int read(ByteBuffer dst) throws IOException;
    }

    /**
     * Reads the data of {@code header} from {@code src} into a new primitive array, row-major.
     *
     * @throws NpyFormatException if {@code src} ends before the shape is filled
     */
    static Object read(ByteSource src, NpyHeader header, String source) throws IOException {
        DType dtype = header.dtype;
        long totalBytes = header.dataBytes();
        int values = (int) header.elementCount() * dtype.javaValuesPerElement();
        Object dst = java.lang.reflect.Array.newInstance(dtype.javaArrayClass().getComponentType(), values);
        int valueBytes = dtype.itemSize() / dtype.javaValuesPerElement();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, Math.max(totalBytes, 1))).order(header.order);
        long done = 0;
        int offset = 0;
        while (done < totalBytes) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), totalBytes - done));
            while (buf.hasRemaining()) {
                int n = src.read(buf);
                if (n < 0) {
                    throw shortData(source, done + buf.position(), header);
                }
            }
            buf.flip();
            int count = buf.remaining() / valueBytes;
            decode(buf, dtype, dst, offset, count);
            offset += count;
            done += buf.limit();
        }
        if (dtype == DType.BOOL) {
            // NumPy reads any non-zero byte as True; sciaccel stores bool as exactly 0 or 1.
            byte[] b = (byte[]) dst;
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (b[i] != 0 ? 1 : 0);
            }
        }
        return header.fortranOrder ? fortranToRowMajor(dst, header.shape, dtype.javaValuesPerElement()) : dst;
    }

    static NpyFormatException shortData(String source, long have, NpyHeader header) {
        return new NpyFormatException(source + ": data has " + have + " bytes but shape " + Shapes.toString(header.shape)
                + " of " + header.dtype + " needs " + header.dataBytes());
    }

    private static void decode(ByteBuffer buf, DType dtype, Object dst, int offset, int count) {
        switch (dtype) {
            case FLOAT32: case COMPLEX64: buf.asFloatBuffer().get((float[]) dst, offset, count); break;
            case FLOAT64: case COMPLEX128: buf.asDoubleBuffer().get((double[]) dst, offset, count); break;
            case UINT8: case BOOL: case INT8: buf.get((byte[]) dst, offset, count); break;
            case UINT16: case INT16: case FLOAT16: buf.asShortBuffer().get((short[]) dst, offset, count); break;
            case INT32: case UINT32: buf.asIntBuffer().get((int[]) dst, offset, count); break;
            case INT64: case UINT64: buf.asLongBuffer().get((long[]) dst, offset, count); break;
            default: throw new AssertionError(dtype);
        }
    }

    /** Writes the values of {@code data} (row-major) as little-endian bytes to {@code out}. */
    static void write(OutputStream out, DType dtype, Object data) throws IOException {
        int valueBytes = dtype.itemSize() / dtype.javaValuesPerElement();
        int values = java.lang.reflect.Array.getLength(data);
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, Math.max((long) values * valueBytes, 1)))
                .order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = buf.capacity() / valueBytes;
        for (int offset = 0; offset < values; offset += perChunk) {
            int count = Math.min(perChunk, values - offset);
            buf.clear();
            encode(buf, dtype, data, offset, count);
            out.write(buf.array(), 0, count * valueBytes);
        }
    }

    private static void encode(ByteBuffer buf, DType dtype, Object src, int offset, int count) {
        switch (dtype) {
            case FLOAT32: case COMPLEX64: buf.asFloatBuffer().put((float[]) src, offset, count); break;
            case FLOAT64: case COMPLEX128: buf.asDoubleBuffer().put((double[]) src, offset, count); break;
            case UINT8: case INT8: buf.put((byte[]) src, offset, count); break;
            case BOOL: {
                // Bool is written as 0/1 whatever non-zero byte a caller may have stored.
                byte[] b = (byte[]) src;
                for (int i = 0; i < count; i++) {
                    buf.put((byte) (b[offset + i] != 0 ? 1 : 0));
                }
                break;
            }
            case UINT16: case INT16: case FLOAT16: buf.asShortBuffer().put((short[]) src, offset, count); break;
            case INT32: case UINT32: buf.asIntBuffer().put((int[]) src, offset, count); break;
            case INT64: case UINT64: buf.asLongBuffer().put((long[]) src, offset, count); break;
            default: throw new AssertionError(dtype);
        }
    }

    /**
     * Reorders column-major values to row-major. {@code perElement} is 2 for interleaved complex
     * values, which move in pairs.
     */
    static Object fortranToRowMajor(Object src, int[] shape, int perElement) {
        if (shape.length < 2) {
            return src;
        }
        int n = Shapes.size(shape);
        int[] from = columnMajorSourceIndex(shape, n);
        int len = java.lang.reflect.Array.getLength(src);
        Object dst = java.lang.reflect.Array.newInstance(src.getClass().getComponentType(), len);
        if (src instanceof float[]) {
            float[] s = (float[]) src, d = (float[]) dst;
            if (perElement == 2) {
                for (int i = 0; i < n; i++) { d[2 * i] = s[2 * from[i]]; d[2 * i + 1] = s[2 * from[i] + 1]; }
            } else {
                for (int i = 0; i < n; i++) d[i] = s[from[i]];
            }
        } else if (src instanceof double[]) {
            double[] s = (double[]) src, d = (double[]) dst;
            if (perElement == 2) {
                for (int i = 0; i < n; i++) { d[2 * i] = s[2 * from[i]]; d[2 * i + 1] = s[2 * from[i] + 1]; }
            } else {
                for (int i = 0; i < n; i++) d[i] = s[from[i]];
            }
        } else if (src instanceof byte[]) {
            byte[] s = (byte[]) src, d = (byte[]) dst;
            for (int i = 0; i < n; i++) d[i] = s[from[i]];
        } else if (src instanceof short[]) {
            short[] s = (short[]) src, d = (short[]) dst;
            for (int i = 0; i < n; i++) d[i] = s[from[i]];
        } else if (src instanceof int[]) {
            int[] s = (int[]) src, d = (int[]) dst;
            for (int i = 0; i < n; i++) d[i] = s[from[i]];
        } else {
            long[] s = (long[]) src, d = (long[]) dst;
            for (int i = 0; i < n; i++) d[i] = s[from[i]];
        }
        return dst;
    }

    /** For each row-major position, the column-major position of the same element. */
    static int[] columnMajorSourceIndex(int[] shape, int n) {
        int nd = shape.length;
        int[] fStride = new int[nd];
        int s = 1;
        for (int k = 0; k < nd; k++) {
            fStride[k] = s;
            s *= shape[k];
        }
        int[] from = new int[n];
        int[] idx = new int[nd];
        int src = 0;
        for (int i = 0; i < n; i++) {
            from[i] = src;
            // Odometer over the row-major index, last axis fastest.
            for (int k = nd - 1; k >= 0; k--) {
                if (++idx[k] < shape[k]) {
                    src += fStride[k];
                    break;
                }
                src -= fStride[k] * (shape[k] - 1);
                idx[k] = 0;
            }
        }
        return from;
    }
}
