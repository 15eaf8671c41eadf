package org.sciaccel.cpu.interpolation;

import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * The result array of a sampling op, filled a run of doubles at a time from the threads' row
 * buffers: float32 and float64 written straight into their own storage (a cast, as SciPy's
 * {@code CASE_INTERP_OUT} does), every other type rounded by {@link InterpolatedStore#round} into
 * doubles and converted once at the end.
 */
final class OutputStore {
    private final DType dtype;
    private final int[] shape;
    private final float[] f32;
    private final double[] f64;

    OutputStore(DType dtype, int[] shape) {
        this.dtype = dtype;
        this.shape = shape.clone();
        int size = org.sciaccel.Shapes.size(shape);
        this.f32 = dtype == DType.FLOAT32 ? new float[size] : null;
        this.f64 = dtype == DType.FLOAT32 ? null : new double[size];
    }

    /** Stores {@code values[from .. from + n)} at flat output index {@code at}. */
    void put(int at, double[] values, int from, int n) {
        if (f32 != null) {
            for (int i = 0; i < n; i++) {
                f32[at + i] = (float) values[from + i];
            }
        } else if (dtype == DType.FLOAT64) {
            System.arraycopy(values, from, f64, at, n);
        } else {
            for (int i = 0; i < n; i++) {
                f64[at + i] = InterpolatedStore.round(values[from + i], dtype);
            }
        }
    }

    /** Stores one value at flat index {@code at}. */
    void put(int at, double value) {
        if (f32 != null) {
            f32[at] = (float) value;
        } else {
            f64[at] = InterpolatedStore.round(value, dtype);
        }
    }

    HostArray result() {
        if (f32 != null) {
            return new HostArray(DType.FLOAT32, shape, f32);
        }
        if (dtype == DType.FLOAT64) {
            return new HostArray(DType.FLOAT64, shape, f64);
        }
        return HostArray.fromDoubles(f64, dtype, shape);
    }
}
