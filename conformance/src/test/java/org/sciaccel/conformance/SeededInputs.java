package org.sciaccel.conformance;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;

/**
 * Golden inputs generated from a seed instead of stored (the FFT cases, whose large inputs would
 * bloat the repository), regenerated in Java bit for bit as
 * {@code golden/fft/generate_fft.py}'s {@code hashed}/{@code make_input} build them: a 32-bit
 * integer hash of (index, seed) divided by 2^32, which is exact in double and rounds identically
 * to float32, so no input file is stored.
 */
final class SeededInputs {
    private static final long M32 = 0xFFFFFFFFL;

    private SeededInputs() {
    }

    /** {@code count} values in [-0.5, 0.5). */
    static double[] hashed(int count, long seed) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            long h = ((long) i * 0x9E3779B1L + seed * 0x85EBCA77L) & M32;
            h ^= h >>> 15;
            h = (h * 0x2C1B3C6DL) & M32;
            h ^= h >>> 12;
            h = (h * 0x297A2D39L) & M32;
            h ^= h >>> 15;
            out[i] = h / 4294967296.0 - 0.5;
        }
        return out;
    }

    static HostArray make(int[] shape, DType dtype, long seed) {
        int count = Shapes.size(shape);
        switch (dtype) {
            case COMPLEX128:
                return new HostArray(dtype, shape, hashed(2 * count, seed));
            case COMPLEX64: {
                double[] v = hashed(2 * count, seed);
                float[] f = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    f[i] = (float) v[i];
                }
                return new HostArray(dtype, shape, f);
            }
            case UINT8: {
                double[] v = hashed(count, seed);
                for (int i = 0; i < count; i++) {
                    v[i] = Math.floor((v[i] + 0.5) * 256);
                }
                return HostArray.fromDoubles(v, dtype, shape);
            }
            case INT32: case INT64: {
                double[] v = hashed(count, seed);
                for (int i = 0; i < count; i++) {
                    v[i] = Math.floor(v[i] * 200);
                }
                return HostArray.fromDoubles(v, dtype, shape);
            }
            default:
                return HostArray.fromDoubles(hashed(count, seed), dtype, shape);
        }
    }
}
