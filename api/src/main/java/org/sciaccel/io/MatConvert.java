package org.sciaccel.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Char;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sparse;
import us.hebi.matlab.mat.types.Struct;

/** Converts MFL's arrays to sciaccel values with SciPy's conventions, and back. */
final class MatConvert {
    private MatConvert() {
    }

    static Object fromMat(Array a, boolean squeeze, String where) {
        MatlabType t = a.getType();
        int[] dims = a.getDimensions();
        switch (t) {
            case Cell: {
                Cell c = (Cell) a;
                Object[] items = new Object[a.getNumElements()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = fromMat(c.get(i), squeeze, where);
                }
                return nest(columnToRow(items, dims), squeeze ? squeezed(dims) : dims);
            }
            case Structure: {
                Struct s = (Struct) a;
                List<String> fields = s.getFieldNames();
                Object[] items = new Object[a.getNumElements()];
                for (int i = 0; i < items.length; i++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (String f : fields) {
                        m.put(f, fromMat(s.get(f, i), squeeze, where + "." + f));
                    }
                    items[i] = m;
                }
                return nest(columnToRow(items, dims), squeeze ? squeezed(dims) : dims);
            }
            case Character: {
                Char ch = (Char) a;
                if (dims.length != 2) {
                    throw new FileFormatException(where + ": char arrays of " + dims.length + " dimensions are not supported");
                }
                List<String> rows = new ArrayList<>();
                for (int r = 0; r < dims[0]; r++) {
                    rows.add(ch.getRow(r));
                }
                if (squeeze && rows.size() == 1) {
                    return rows.get(0);
                }
                return rows;
            }
            case Sparse:
                return squeezeArray(sparse((Sparse) a, dims), squeeze);
            case Double: case Single: case Int8: case UInt8: case Int16: case UInt16:
            case Int32: case UInt32: case Int64: case UInt64:
                return squeezeArray(numeric((Matrix) a, t, dims, where), squeeze);
            default:
                throw new FileFormatException(where + ": MATLAB class '" + t + "' is not supported");
        }
    }

    private static HostArray squeezeArray(HostArray h, boolean squeeze) {
        if (!squeeze) {
            return h;
        }
        if (h.size() == 0) {
            // SciPy's squeeze gives numpy.array([]) for any empty array: float64 of shape (0,).
            return new HostArray(DType.FLOAT64, new int[] {0}, new double[0]);
        }
        return new HostArray(h.dtype(), squeezed(h.shape()), h.data());
    }

    static int[] squeezed(int[] dims) {
        return Arrays.stream(dims).filter(d -> d != 1).toArray();
    }

    private static HostArray numeric(Matrix m, MatlabType t, int[] dims, String where) {
        int n = m.getNumElements();
        boolean complex = m.isComplex();
        DType dtype;
        Object data;
        if (complex) {
            if (t == MatlabType.Single) {
                float[] v = new float[2 * n];
                for (int i = 0; i < n; i++) {
                    v[2 * i] = m.getFloat(i);
                    v[2 * i + 1] = m.getImaginaryFloat(i);
                }
                dtype = DType.COMPLEX64;
                data = v;
            } else {
                double[] v = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    v[2 * i] = m.getDouble(i);
                    v[2 * i + 1] = m.getImaginaryDouble(i);
                }
                dtype = DType.COMPLEX128;
                data = v;
            }
        } else {
            switch (t) {
                case Double: {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = m.getDouble(i);
                    dtype = DType.FLOAT64;
                    data = v;
                    break;
                }
                case Single: {
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++) v[i] = m.getFloat(i);
                    dtype = DType.FLOAT32;
                    data = v;
                    break;
                }
                case Int8: case UInt8: {
                    // A logical array is read as its storage class (uint8), as SciPy reads it.
                    byte[] v = new byte[n];
                    for (int i = 0; i < n; i++) v[i] = m.getByte(i);
                    dtype = t == MatlabType.Int8 ? DType.INT8 : DType.UINT8;
                    data = v;
                    break;
                }
                case Int16: case UInt16: {
                    short[] v = new short[n];
                    for (int i = 0; i < n; i++) v[i] = m.getShort(i);
                    dtype = t == MatlabType.Int16 ? DType.INT16 : DType.UINT16;
                    data = v;
                    break;
                }
                case Int32: case UInt32: {
                    int[] v = new int[n];
                    for (int i = 0; i < n; i++) v[i] = m.getInt(i);
                    dtype = t == MatlabType.Int32 ? DType.INT32 : DType.UINT32;
                    data = v;
                    break;
                }
                default: {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) v[i] = m.getLong(i);
                    dtype = t == MatlabType.Int64 ? DType.INT64 : DType.UINT64;
                    data = v;
                    break;
                }
            }
        }
        return new HostArray(dtype, dims.clone(), NpyData.fortranToRowMajor(data, dims, complex ? 2 : 1));
    }

    private static HostArray sparse(Sparse s, int[] dims) {
        int rows = dims[0];
        int cols = dims[1];
        long total = (long) rows * cols;
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("sparse matrix of shape " + rows + "x" + cols + " is too large to make dense");
        }
        if (s.isLogical()) {
            byte[] v = new byte[(int) total];
            s.forEach((r, c, re, im) -> v[r * cols + c] = (byte) (re != 0 ? 1 : 0));
            return new HostArray(DType.BOOL, new int[] {rows, cols}, v);
        }
        if (s.isComplex()) {
            double[] v = new double[2 * (int) total];
            s.forEach((r, c, re, im) -> {
                v[2 * (r * cols + c)] = re;
                v[2 * (r * cols + c) + 1] = im;
            });
            return new HostArray(DType.COMPLEX128, new int[] {rows, cols}, v);
        }
        double[] v = new double[(int) total];
        s.forEach((r, c, re, im) -> v[r * cols + c] = re);
        return new HostArray(DType.FLOAT64, new int[] {rows, cols}, v);
    }

    /** Column-major items to row-major order. */
    private static Object[] columnToRow(Object[] items, int[] dims) {
        if (dims.length < 2) {
            return items;
        }
        int[] from = NpyData.columnMajorSourceIndex(dims, items.length);
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = items[from[i]];
        }
        return out;
    }

    /** Row-major items as nested lists by {@code shape}; a 0-d shape gives the item itself. */
    private static Object nest(Object[] items, int[] shape) {
        if (shape.length == 0) {
            return items[0];
        }
        return nest(items, shape, 0, 0);
    }

    private static List<Object> nest(Object[] items, int[] shape, int axis, int offset) {
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        List<Object> out = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            out.add(axis == shape.length - 1 ? items[offset + i] : nest(items, shape, axis + 1, offset + i * stride));
        }
        return out;
    }

    // ---- writing ----

    private static final us.hebi.matlab.mat.format.BufferAllocator HEAP = new us.hebi.matlab.mat.format.BufferAllocator() {
        @Override
        public java.nio.ByteBuffer allocate(int n) {
            return java.nio.ByteBuffer.allocate(n).order(java.nio.ByteOrder.nativeOrder());
        }

        @Override
        public void release(java.nio.ByteBuffer b) {
        }
    };

    static void checkName(String name, String param) {
        boolean ok = Character.isLetter(name.charAt(0)) && name.length() <= 63;
        for (int i = 0; i < name.length() && ok; i++) {
            char c = name.charAt(i);
            ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
        if (!ok) {
            throw new IllegalArgumentException(param + ": '" + name + "' is not a valid MATLAB variable name"
                    + " (a letter, then letters, digits or '_', at most 63 characters)");
        }
    }

    static Array toMat(Object v, boolean onedAsRow, String where) {
        if (v == null) {
            throw new IllegalArgumentException(where + ": value is null");
        }
        if (v instanceof NDArray nd) {
            return toMat(nd.toHost(), onedAsRow, where);
        }
        if (v instanceof HostArray h) {
            return matrix(h, onedAsRow, where);
        }
        if (v instanceof CharSequence s) {
            return Mat5.newString(s.toString());
        }
        if (v instanceof Map<?, ?> m) {
            Struct s = Mat5.newStruct();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String f) || f.isEmpty()) {
                    throw new IllegalArgumentException(where + ": struct field names must be non-empty strings, got " + e.getKey());
                }
                checkName(f, where);
                s.set(f, toMat(e.getValue(), onedAsRow, where + "." + f));
            }
            return s;
        }
        if (v instanceof List<?> l) {
            Cell c = Mat5.newCell(1, l.size());
            for (int i = 0; i < l.size(); i++) {
                c.set(i, toMat(l.get(i), onedAsRow, where + "[" + i + "]"));
            }
            return c;
        }
        throw new IllegalArgumentException(where + ": cannot save a " + v.getClass().getName()
                + " (HostArray, NDArray, String, Map or List expected)");
    }

    private static Array matrix(HostArray h, boolean onedAsRow, String where) {
        int[] shape = h.shape();
        int[] dims;
        if (shape.length == 0) {
            dims = new int[] {1, 1};
        } else if (shape.length == 1) {
            dims = onedAsRow ? new int[] {1, shape[0]} : new int[] {shape[0], 1};
        } else {
            dims = shape.clone();
        }
        DType dt = h.dtype();
        MatlabType t;
        switch (dt) {
            case FLOAT64: case COMPLEX128: t = MatlabType.Double; break;
            case FLOAT32: case COMPLEX64: t = MatlabType.Single; break;
            case INT8: t = MatlabType.Int8; break;
            case UINT8: case BOOL: t = MatlabType.UInt8; break;
            case INT16: t = MatlabType.Int16; break;
            case UINT16: t = MatlabType.UInt16; break;
            case INT32: t = MatlabType.Int32; break;
            case UINT32: t = MatlabType.UInt32; break;
            case INT64: t = MatlabType.Int64; break;
            case UINT64: t = MatlabType.UInt64; break;
            default:
                throw new IllegalArgumentException(where + ": dtype " + dt + " cannot be saved to a MAT file");
        }
        boolean complex = dt.kind() == DType.Kind.COMPLEX;
        // A bool array is written as SciPy writes it: class uint8 with the logical flag.
        Matrix m = dt == DType.BOOL ? Mat5.newNumerical(dims, MatlabType.UInt8, true, false, HEAP) : complex ? Mat5.newComplex(dims, t) : Mat5.newMatrix(dims, t);
        int n = h.size();
        // For each row-major element, its column-major position in the MAT array.
        int[] colPos = NpyData.columnMajorSourceIndex(shape.length < 2 ? new int[] {n} : shape, n);
        Object d = h.data();
        for (int i = 0; i < n; i++) {
            int j = colPos[i];
            switch (dt) {
                case FLOAT64: m.setDouble(j, ((double[]) d)[i]); break;
                case COMPLEX128: m.setDouble(j, ((double[]) d)[2 * i]); m.setImaginaryDouble(j, ((double[]) d)[2 * i + 1]); break;
                case FLOAT32: m.setFloat(j, ((float[]) d)[i]); break;
                case COMPLEX64: m.setFloat(j, ((float[]) d)[2 * i]); m.setImaginaryFloat(j, ((float[]) d)[2 * i + 1]); break;
                case BOOL: m.setBoolean(j, ((byte[]) d)[i] != 0); break;
                case INT8: case UINT8: m.setByte(j, ((byte[]) d)[i]); break;
                case INT16: case UINT16: m.setShort(j, ((short[]) d)[i]); break;
                case INT32: case UINT32: m.setInt(j, ((int[]) d)[i]); break;
                default: m.setLong(j, ((long[]) d)[i]); break;
            }
        }
        return m;
    }

    static String shape(int[] s) {
        return Shapes.toString(s);
    }
}
