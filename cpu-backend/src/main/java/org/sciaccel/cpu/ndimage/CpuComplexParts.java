package org.sciaccel.cpu.ndimage;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * {@link org.sciaccel.spi.NdimageOps#complexPart} and {@link org.sciaccel.spi.NdimageOps#complexJoin}
 * on host arrays. Complex values are stored interleaved (real, imaginary) in a float[] or double[].
 */
final class CpuComplexParts {
    private CpuComplexParts() {
    }

    static HostArray part(HostArray in, boolean imaginary) {
        int n = in.size();
        int off = imaginary ? 1 : 0;
        if (in.dtype() == DType.COMPLEX64) {
            float[] src = (float[]) in.data();
            float[] dst = new float[n];
            for (int i = 0; i < n; i++) dst[i] = src[2 * i + off];
            return new HostArray(DType.FLOAT32, in.shape(), dst);
        }
        if (in.dtype() == DType.COMPLEX128) {
            double[] src = (double[]) in.data();
            double[] dst = new double[n];
            for (int i = 0; i < n; i++) dst[i] = src[2 * i + off];
            return new HostArray(DType.FLOAT64, in.shape(), dst);
        }
        throw new IllegalArgumentException("input: complexPart needs a complex array, not " + in.dtype());
    }

    static HostArray join(HostArray re, HostArray reMinus, HostArray im, HostArray imPlus, DType output) {
        DType t = re.dtype();
        if (t != DType.FLOAT32 && t != DType.FLOAT64) {
            throw new IllegalArgumentException("re: complexJoin needs float32 or float64 parts, not " + t);
        }
        if (!output.isComplex()) {
            throw new IllegalArgumentException("output: complexJoin needs a complex dtype, not " + output);
        }
        int n = re.size();
        for (HostArray p : new HostArray[] {reMinus, im, imPlus}) {
            if (p != null && (p.dtype() != t || p.size() != n)) {
                throw new IllegalArgumentException("parts: complexJoin needs parts of one dtype and size");
            }
        }
        double[] r = component(re, reMinus, -1);
        double[] m = component(im, imPlus, 1);
        HostArray out = HostArray.zeros(output, re.shape());
        if (output == DType.COMPLEX64) {
            float[] o = (float[]) out.data();
            for (int i = 0; i < n; i++) {
                o[2 * i] = (float) r[i];
                o[2 * i + 1] = (float) m[i];
            }
        } else {
            double[] o = (double[]) out.data();
            for (int i = 0; i < n; i++) {
                o[2 * i] = r[i];
                o[2 * i + 1] = m[i];
            }
        }
        return out;
    }

    /** {@code a + sign * b} in the parts' dtype (float32 arithmetic rounds each result to float). */
    private static double[] component(HostArray a, HostArray b, int sign) {
        int n = a.size();
        double[] v = new double[n];
        if (a.dtype() == DType.FLOAT32) {
            float[] x = (float[]) a.data();
            float[] y = b == null ? null : (float[]) b.data();
            for (int i = 0; i < n; i++) v[i] = y == null ? x[i] : sign < 0 ? x[i] - y[i] : x[i] + y[i];
        } else {
            double[] x = (double[]) a.data();
            double[] y = b == null ? null : (double[]) b.data();
            for (int i = 0; i < n; i++) v[i] = y == null ? x[i] : sign < 0 ? x[i] - y[i] : x[i] + y[i];
        }
        return v;
    }
}
