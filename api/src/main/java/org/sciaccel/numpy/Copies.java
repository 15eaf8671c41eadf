package org.sciaccel.numpy;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.spi.ShapeOps;

/** The shape family's use of the strided primitives: windows copied out of and into arrays, broadcasting. */
final class Copies {
    private Copies() {
    }

    /** A new contiguous array holding the window {@code v} of {@code a} (the strided gather). */
    static NDArray gather(Backend b, NDArray a, StridedView v) {
        ShapeOps ops = b.shape();
        NDArray out = ops.allocate(a.dtype(), v.shape());
        try {
            if (v.size() > 0) {
                ops.copyStrided(a, v.offset(), v.strides(), out, 0, StridedView.rowMajorStrides(v.shape()), v.shape());
            }
            return out;
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    /** A new array equal to {@code a} (contiguous copy). */
    static NDArray copy(Backend b, NDArray a) {
        return gather(b, a, StridedView.contiguous(a.shape()));
    }

    /** {@code dst}'s window {@code to} = {@code src}'s window {@code from} (same shapes; the strided scatter). */
    static void copyInto(Backend b, NDArray src, StridedView from, NDArray dst, StridedView to) {
        if (to.size() > 0) {
            b.shape().copyStrided(src, from.offset(), from.strides(), dst, to.offset(), to.strides(), to.shape());
        }
    }

    /** An array of {@code dtype} and {@code shape} with every element {@code bits} (see {@link ShapeOps#fillStrided}). */
    static NDArray full(Backend b, DType dtype, int[] shape, long[] bits) {
        NDArray out = b.shape().allocate(dtype, shape);
        try {
            fill(b, out, StridedView.contiguous(shape), bits);
            return out;
        } catch (RuntimeException | Error e) {
            out.close();
            throw e;
        }
    }

    /** Writes {@code bits} into {@code dst}'s window {@code to}. */
    static void fill(Backend b, NDArray dst, StridedView to, long[] bits) {
        if (to.size() > 0) {
            b.shape().fillStrided(dst, to.offset(), to.strides(), to.shape(), bits);
        }
    }

    /**
     * {@code v} broadcast to {@code target} as NumPy broadcasts (axes aligned at the end; a length-1
     * or missing axis repeats with stride 0), or null when it does not broadcast.
     */
    static StridedView broadcast(StridedView v, int[] target) {
        int[] sh = v.shape();
        long[] st = v.strides();
        if (sh.length > target.length) {
            return null;
        }
        long[] out = new long[target.length];
        for (int d = 0; d < target.length; d++) {
            int src = d - (target.length - sh.length);
            if (src < 0) {
                out[d] = 0;
            } else if (sh[src] == target[d]) {
                out[d] = sh[src] == 1 ? 0 : st[src];
            } else if (sh[src] == 1) {
                out[d] = 0;
            } else {
                return null;
            }
        }
        return new StridedView(target.clone(), v.offset(), out);
    }

    /** The shape {@code a} and {@code b} broadcast to, or null when they do not broadcast. */
    static int[] broadcastShapes(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int d = 0; d < n; d++) {
            int x = d - (n - a.length) >= 0 ? a[d - (n - a.length)] : 1;
            int y = d - (n - b.length) >= 0 ? b[d - (n - b.length)] : 1;
            if (x != y && x != 1 && y != 1) {
                return null;
            }
            out[d] = x == 1 ? y : x;
        }
        return out;
    }
}
