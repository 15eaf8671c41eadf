package org.sciaccel.ndimage;

import java.lang.reflect.Array;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * NumPy's broadcasting of the measurement functions' {@code input} and {@code labels}: SciPy calls
 * {@code np.broadcast_arrays(input, labels)}, so labels of shape (4,) label every row of a (3, 4)
 * input. Until the array core has a device broadcast, a pair whose shapes differ is expanded on the
 * host and uploaded once per measurement (equal shapes, the usual case, cost nothing).
 */
final class MeasurementBroadcast {
    private MeasurementBroadcast() {
    }

    /** The common shape of {@code input} and {@code labels}, NumPy's rule: right-aligned, each axis equal or 1. */
    static int[] shape(int[] input, int[] labels) {
        int nd = Math.max(input.length, labels.length);
        int[] out = new int[nd];
        for (int i = 0; i < nd; i++) {
            int a = axis(input, i, nd);
            int b = axis(labels, i, nd);
            if (a != b && a != 1 && b != 1) {
                throw new IllegalArgumentException("labels: shape mismatch: objects cannot be broadcast to a single "
                        + "shape (input " + Shapes.toString(input) + ", labels " + Shapes.toString(labels) + ")");
            }
            out[i] = a == 1 ? b : a;
        }
        return out;
    }

    private static int axis(int[] shape, int i, int nd) {
        int at = i - (nd - shape.length);
        return at < 0 ? 1 : shape[at];
    }

    /** {@code a} expanded to {@code shape} on {@code backend}: a new array (the caller closes it). */
    static NDArray expand(Backend backend, NDArray a, int[] shape) {
        HostArray h = a.toHost();
        int[] from = h.shape();
        int n = Shapes.size(shape);
        Object src = h.data();
        int per = a.dtype().isComplex() ? 2 : 1;
        Object dst = Array.newInstance(src.getClass().getComponentType(), n * per);
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int flat = 0; flat < n; flat++) {
            int at = 0;
            for (int i = 0; i < nd; i++) {
                int dim = axis(from, i, nd);
                at = at * dim + (dim == 1 ? 0 : idx[i]);
            }
            System.arraycopy(src, at * per, dst, flat * per, per);
            for (int i = nd - 1; i >= 0 && ++idx[i] == shape[i]; i--) {
                idx[i] = 0;
            }
        }
        return NDArray.fromHost(backend, new HostArray(a.dtype(), shape.clone(), dst));
    }
}
