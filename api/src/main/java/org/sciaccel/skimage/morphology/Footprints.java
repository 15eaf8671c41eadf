package org.sciaccel.skimage.morphology;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/** scikit-image 0.19's flat footprints, computed on the host (they are small) and stored on the chosen backend. */
final class Footprints {
    private Footprints() {
    }

    /** A bool HostArray (stored one byte per element) from Java booleans. */
    static HostArray boolHost(int[] shape, boolean[] v) {
        return NumpyArgsort.boolHost(shape, v);
    }

    static NDArray square(Backend b, int width, DType dtype) {
        requireSize("skimage.morphology.square", "width", width);
        return ones(b, new int[] {width, width}, dtype);
    }

    static NDArray rectangle(Backend b, int nrows, int ncols, DType dtype) {
        requireSize("skimage.morphology.rectangle", "nrows", nrows);
        requireSize("skimage.morphology.rectangle", "ncols", ncols);
        return ones(b, new int[] {nrows, ncols}, dtype);
    }

    static NDArray cube(Backend b, int width, DType dtype) {
        requireSize("skimage.morphology.cube", "width", width);
        return ones(b, new int[] {width, width, width}, dtype);
    }

    static NDArray disk(Backend b, int radius, DType dtype) {
        return shaped(b, "skimage.morphology.disk", radius, 2, dtype, c -> c[0] * c[0] + c[1] * c[1] <= (long) radius * radius);
    }

    static NDArray diamond(Backend b, int radius, DType dtype) {
        return shaped(b, "skimage.morphology.diamond", radius, 2, dtype, c -> Math.abs(c[0]) + Math.abs(c[1]) <= radius);
    }

    static NDArray ball(Backend b, int radius, DType dtype) {
        return shaped(b, "skimage.morphology.ball", radius, 3, dtype,
                c -> c[0] * c[0] + c[1] * c[1] + c[2] * c[2] <= (long) radius * radius);
    }

    static NDArray octahedron(Backend b, int radius, DType dtype) {
        return shaped(b, "skimage.morphology.octahedron", radius, 3, dtype,
                c -> Math.abs(c[0]) + Math.abs(c[1]) + Math.abs(c[2]) <= radius);
    }

    private interface Inside {
        boolean test(long[] centred);
    }

    private static void requireSize(String op, String param, int n) {
        if (n < 0) {
            throw new IllegalArgumentException(op + ": " + param + "=" + n + ": negative dimensions are not allowed");
        }
    }

    private static void requireDtype(String op, DType dtype) {
        if (dtype == null || dtype.isComplex() || dtype.isExtended()) {
            throw new IllegalArgumentException(op + ": dtype=" + dtype + " is not supported (a real or bool dtype)");
        }
    }

    private static NDArray ones(Backend b, int[] shape, DType dtype) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        boolean[] v = new boolean[n];
        java.util.Arrays.fill(v, true);
        return upload(b, "skimage.morphology.footprint", v, shape, dtype);
    }

    private static NDArray shaped(Backend b, String op, int radius, int nd, DType dtype, Inside inside) {
        if (radius < 0) {
            throw new IllegalArgumentException(op + ": radius=" + radius + " must be >= 0");
        }
        int w = 2 * radius + 1;
        int[] shape = new int[nd];
        java.util.Arrays.fill(shape, w);
        int n = 1;
        for (int k = 0; k < nd; k++) {
            n *= w;
        }
        boolean[] v = new boolean[n];
        long[] c = new long[nd];
        for (int i = 0; i < n; i++) {
            int rest = i;
            for (int ax = nd - 1; ax >= 0; ax--) {
                c[ax] = rest % w - radius;
                rest /= w;
            }
            v[i] = inside.test(c);
        }
        return upload(b, op, v, shape, dtype);
    }

    private static NDArray upload(Backend b, String op, boolean[] v, int[] shape, DType dtype) {
        requireDtype(op, dtype);
        if (b == null) {
            throw new IllegalArgumentException(op + ": backend is null");
        }
        HostArray h = Footprints.boolHost(shape, v);
        if (dtype != DType.BOOL) {
            h = h.astype(dtype);
        }
        return NDArray.fromHost(b, h);
    }
}
