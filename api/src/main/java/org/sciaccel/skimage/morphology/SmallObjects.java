package org.sciaccel.skimage.morphology;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/** remove_small_objects and remove_small_holes: label (bool input), bincount, a per-label lookup, all on the backend. */
final class SmallObjects {
    private SmallObjects() {
    }

    private static void requireBoolOrInt(String op, NDArray ar) {
        if (ar == null) {
            throw new IllegalArgumentException(op + ": ar is null");
        }
        DType d = ar.dtype();
        if (!d.isIntegral() || d.isExtended()) {
            throw new IllegalArgumentException(op + ": ar: Only bool or integer image types are supported. Got "
                    + d.numpyName() + ".");
        }
    }

    static NDArray removeSmallObjects(String op, NDArray ar, long minSize, int connectivity) {
        requireBoolOrInt(op, ar);
        if (minSize == 0 || ar.size() == 0) {
            return Numpy.copy(ar);
        }
        boolean bool = ar.dtype() == DType.BOOL;
        if (!bool && Extrema.scalar(Numpy.amin(ar)) < 0) {
            throw new IllegalArgumentException(op + ": ar: Negative value labels are not supported. Try relabeling"
                    + " the input with `scipy.ndimage.label` or `skimage.morphology.label`.");
        }
        LabelResult lr = null;
        NDArray ccs;
        if (bool) {
            try (NDArray structure = Ndimage.generateBinaryStructure(ar.backend(), ar.ndim(), connectivity)) {
                lr = Ndimage.label(ar, structure);
            }
            ccs = lr.labels();
        } else {
            ccs = ar;
        }
        try (LabelResult owned = lr; NDArray idx = ccs.astype(DType.INT64); NDArray flat = Numpy.ravel(idx);
                NDArray sizes = Numpy.bincount(flat); NDArray small = Numpy.less(sizes, minSize);
                NDArray drop = Numpy.take(small, idx, null)) {
            if (bool) {
                try (NDArray keep = Numpy.logicalNot(drop)) {
                    return Numpy.logicalAnd(ar, keep);
                }
            }
            NDArray out = Numpy.where(drop, 0L, ar);
            if (out.dtype() != ar.dtype()) {
                try (NDArray o = out) {
                    return o.astype(ar.dtype());
                }
            }
            return out;
        }
    }

    static NDArray removeSmallHoles(String op, NDArray ar, long areaThreshold, int connectivity) {
        requireBoolOrInt(op, ar);
        try (NDArray inv = Numpy.logicalNot(ar);
                NDArray filled = removeSmallObjects(op, inv, areaThreshold, connectivity)) {
            return Numpy.logicalNot(filled);
        }
    }
}
