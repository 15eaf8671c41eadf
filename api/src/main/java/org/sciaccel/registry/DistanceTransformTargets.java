package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;

/**
 * SciPy's {@code distances=} and {@code indices=} arguments of the distance transforms, as the CLI takes them.
 *
 * <p>SciPy writes the transform into arrays the caller passes instead of returning it. An op here cannot write into a
 * caller's array, so the CLI takes such an array ({@code distances=@d.npy}) as the array SciPy would fill: it is
 * checked as SciPy checks it (its dtype, its shape, the matching {@code return_*} flag, with SciPy's messages), and
 * the op returns the transform under the same name ({@code distances}, {@code indices}) for the caller to put there,
 * which is what the SciPy-tests binding does with the NumPy array it was given. The Java API has no such arguments:
 * its results are the arrays.
 */
final class DistanceTransformTargets {
    private DistanceTransformTargets() {
    }

    /** SciPy's {@code _distance_tranform_arg_check}: every complaint about the flags, joined as SciPy joins them. */
    static void checkFlags(HostArray distances, HostArray indices, boolean returnDistances, boolean returnIndices) {
        List<String> errors = new ArrayList<>();
        if (!returnDistances && !returnIndices) {
            errors.add("at least one of return_distances/return_indices must be True");
        }
        if (distances != null && !returnDistances) {
            errors.add("return_distances must be True if distances is supplied");
        }
        if (indices != null && !returnIndices) {
            errors.add("return_indices must be True if indices is supplied");
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("return_distances/return_indices: " + String.join(", ", errors));
        }
    }

    /** {@code distance_transform_edt}: the indices' shape then dtype, then the distances' shape then dtype. */
    static void checkEdt(NDArray input, HostArray distances, HostArray indices, boolean returnDistances,
            boolean returnIndices) {
        checkFlags(distances, indices, returnDistances, returnIndices);
        // SciPy transforms numpy.atleast_1d(input).
        int[] shape = input.ndim() == 0 ? new int[] {1} : input.shape();
        if (indices != null) {
            requireShape("indices", indices, indicesShape(shape), "indices array has wrong shape");
            requireDType("indices", indices, DType.INT32, "indices array must be int32");
        }
        if (distances != null) {
            requireShape("distances", distances, shape, "distances array has wrong shape");
            requireDType("distances", distances, DType.FLOAT64, "distances array must be float64");
        }
    }

    /** {@code distance_transform_cdt}: the distances' dtype then shape, then the indices' dtype then shape. */
    static void checkCdt(NDArray input, HostArray distances, HostArray indices, boolean returnDistances,
            boolean returnIndices) {
        checkFlags(distances, indices, returnDistances, returnIndices);
        int[] shape = input.shape();
        if (distances != null) {
            requireDType("distances", distances, DType.INT32, "distances must be of int32 type");
            requireShape("distances", distances, shape, "distances has wrong shape");
        }
        if (indices != null) {
            requireDType("indices", indices, DType.INT32, "indices array must be int32");
            requireShape("indices", indices, indicesShape(shape), "indices array has wrong shape");
        }
    }

    private static int[] indicesShape(int[] shape) {
        int[] s = new int[shape.length + 1];
        s[0] = shape.length;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }

    private static void requireShape(String name, HostArray a, int[] expected, String scipyMessage) {
        if (!Arrays.equals(a.shape(), expected)) {
            throw new IllegalArgumentException(name + ": " + scipyMessage + " (shape " + Shapes.toString(a.shape())
                    + ", expected " + Shapes.toString(expected) + ")");
        }
    }

    private static void requireDType(String name, HostArray a, DType expected, String scipyMessage) {
        if (a.dtype() != expected) {
            throw new IllegalArgumentException(name + ": " + scipyMessage + " (dtype " + a.dtype() + ")");
        }
    }
}
