package org.sciaccel.cpu.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * Copies between {@link NDArray} and EJML's row-major dense matrices. Every conversion copies (an
 * EJML matrix and an NDArray never share memory, so changing one never changes the other); 1-D
 * arrays become column vectors (n x 1); other real dtypes convert to the matrix's precision as
 * {@code astype} would; complex and arrays of more than 2 dimensions are rejected.
 */
public final class EjmlInterop {
    private EjmlInterop() {
    }

    /** A copy of a 1-D or 2-D real array as a double matrix. */
    public static DMatrixRMaj toDMatrix(NDArray a) {
        int[] rc = rowsCols(a);
        double[] d = a.toDoubleArray();
        return DMatrixRMaj.wrap(rc[0], rc[1], d);
    }

    /** A copy of a 1-D or 2-D real array as a float matrix. */
    public static FMatrixRMaj toFMatrix(NDArray a) {
        int[] rc = rowsCols(a);
        float[] f = a.toFloatArray();
        return FMatrixRMaj.wrap(rc[0], rc[1], f);
    }

    /** A float64 rows x cols array on {@code backend} with a copy of the matrix's values. */
    public static NDArray toNDArray(DMatrixRMaj m, Backend backend) {
        double[] d = java.util.Arrays.copyOf(m.data, m.numRows * m.numCols);
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {m.numRows, m.numCols}, d));
    }

    /** A float32 rows x cols array on {@code backend} with a copy of the matrix's values. */
    public static NDArray toNDArray(FMatrixRMaj m, Backend backend) {
        float[] f = java.util.Arrays.copyOf(m.data, m.numRows * m.numCols);
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT32, new int[] {m.numRows, m.numCols}, f));
    }

    private static int[] rowsCols(NDArray a) {
        if (a.dtype().isComplex()) {
            throw new IllegalArgumentException("a: complex dtype " + a.dtype() + " has no real EJML matrix");
        }
        int[] s = a.shape();
        if (s.length == 1) {
            return new int[] {s[0], 1};
        }
        if (s.length == 2) {
            return s;
        }
        throw new IllegalArgumentException("a: expected a 1-D or 2-D array; got shape " + Shapes.toString(s));
    }
}
