package org.sciaccel.numpy;

import java.util.List;

/**
 * NumPy's broadcasting of shapes: shapes are right-aligned, missing leading axes count as 1, and at each
 * axis the extents must be equal or 1 (an extent of 0 meets only 0 or 1).
 */
public final class Broadcast {
    private Broadcast() {
    }

    /** The broadcast shape, or null when the shapes do not broadcast. */
    public static int[] shapeOrNull(List<int[]> shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        java.util.Arrays.fill(out, 1);
        for (int[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int axis = nd - s.length + i;
                int e = s[i];
                if (e == out[axis] || e == 1) {
                    continue;
                }
                if (out[axis] != 1) {
                    return null;
                }
                out[axis] = e;
            }
        }
        return out;
    }

    /**
     * The broadcast shape of {@code shapes}.
     *
     * @param what names the call and its operands for the message (e.g. {@code numpy.add (x1: float64 (2, 3),
     *             x2: float64 (3, 2))})
     * @throws IllegalArgumentException NumPy's "operands could not be broadcast together with shapes (2,3) (3,2)"
     */
    public static int[] shape(String what, List<int[]> shapes) {
        int[] out = shapeOrNull(shapes);
        if (out == null) {
            StringBuilder b = new StringBuilder();
            for (int[] s : shapes) {
                b.append(numpyShape(s)).append(' ');
            }
            throw new IllegalArgumentException(what + ": operands could not be broadcast together with shapes " + b.toString().trim());
        }
        return out;
    }

    /** A shape as NumPy's broadcast error prints it: {@code (2,3)}, {@code (3,)}, {@code ()}. */
    public static String numpyShape(int[] s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            b.append(i > 0 ? "," : "").append(s[i]);
        }
        return b.append(s.length == 1 ? ",)" : ")").toString();
    }
}
