package org.sciaccel.skimage.morphology;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/**
 * Grey reconstruction and the h-extrema built on it. scikit-image 0.19 runs Robinson's downhill filter on the host;
 * its result is the unique fixed point of geodesic dilation (erosion), which here is iterated on the backend:
 * a maximum (minimum) filter over the footprint, then the element-wise minimum (maximum) with the mask, until
 * nothing changes. Values are float64 as scikit-image's.
 */
final class Reconstruction {
    /** Geodesic steps between two convergence checks (each check is one device-to-host scalar). */
    private static final int STEPS_PER_CHECK = 4;

    private Reconstruction() {
    }

    static NDArray reconstruction(String op, NDArray seed, NDArray mask, String method, NDArray footprint,
            int[] offset) {
        Extrema.requireRealImage(op, "seed", seed);
        Extrema.requireRealImage(op, "mask", mask);
        if (!java.util.Arrays.equals(seed.shape(), mask.shape())) {
            throw new IllegalArgumentException(op + ": seed and mask: shapes differ, "
                    + java.util.Arrays.toString(seed.shape()) + " and " + java.util.Arrays.toString(mask.shape()));
        }
        if (method == null) {
            throw new IllegalArgumentException(op + ": method is null ('dilation' or 'erosion')");
        }
        boolean dilation = method.equals("dilation");
        if (dilation) {
            try (NDArray gt = Numpy.greater(seed, mask)) {
                if (Extrema.scalar(Numpy.any(gt)) != 0) {
                    throw new IllegalArgumentException(op + ": seed: Intensity of seed image must be less than that"
                            + " of the mask image for reconstruction by dilation.");
                }
            }
        } else if (method.equals("erosion")) {
            try (NDArray lt = Numpy.less(seed, mask)) {
                if (Extrema.scalar(Numpy.any(lt)) != 0) {
                    throw new IllegalArgumentException(op + ": seed: Intensity of seed image must be greater than"
                            + " that of the mask image for reconstruction by erosion.");
                }
            }
        }
        int nd = seed.ndim();
        int[] fshape;
        boolean[] fp;
        if (footprint == null) {
            fshape = new int[nd];
            java.util.Arrays.fill(fshape, 3);
            int n = 1;
            for (int k = 0; k < nd; k++) {
                n *= 3;
            }
            fp = new boolean[n];
            java.util.Arrays.fill(fp, true);
        } else {
            if (footprint.ndim() != nd) {
                throw new IllegalArgumentException(op + ": footprint: " + footprint.ndim()
                        + " dimensions for an image of " + nd);
            }
            fshape = footprint.shape();
            HostArray h = footprint.toHost();
            fp = new boolean[h.size()];
            for (int i = 0; i < fp.length; i++) {
                fp[i] = h.getDouble(i) != 0;
            }
        }
        int[] off = new int[nd];
        if (offset == null) {
            for (int k = 0; k < nd; k++) {
                if (fshape[k] % 2 != 1) {
                    throw new IllegalArgumentException(op + ": footprint: Footprint dimensions must all be odd");
                }
                off[k] = fshape[k] / 2;
            }
        } else {
            if (offset.length != nd) {
                throw new IllegalArgumentException(op + ": offset: Offset and footprint ndims must be equal.");
            }
            for (int k = 0; k < nd; k++) {
                if (offset[k] < 0 || offset[k] >= fshape[k]) {
                    throw new IllegalArgumentException(op + ": offset: Offset must be included inside footprint");
                }
                off[k] = offset[k];
            }
        }
        if (!dilation && !method.equals("erosion")) {
            throw new IllegalArgumentException(op + ": method: Reconstruction method can be one of 'erosion' or"
                    + " 'dilation'. Got '" + method + "'.");
        }
        // The footprint's elements as offsets o from its centre (scikit-image crosses the centre out): a value
        // flows from p to p + o. maximum_filter reads input[q + k - c], so the filter holds c - o.
        int[] radius = new int[nd];
        java.util.List<int[]> offs = new java.util.ArrayList<>();
        for (int i = 0; i < fp.length; i++) {
            if (!fp[i]) {
                continue;
            }
            int[] o = new int[nd];
            int rest = i;
            for (int k = nd - 1; k >= 0; k--) {
                o[k] = rest % fshape[k] - off[k];
                rest /= fshape[k];
            }
            offs.add(o);
            for (int k = 0; k < nd; k++) {
                radius[k] = Math.max(radius[k], Math.abs(o[k]));
            }
        }
        int[] gshape = new int[nd];
        int gn = 1;
        for (int k = 0; k < nd; k++) {
            gshape[k] = 2 * radius[k] + 1;
            gn *= gshape[k];
        }
        boolean[] g = new boolean[gn];
        g[(gn - 1) / 2] = true;
        for (int[] o : offs) {
            int idx = 0;
            for (int k = 0; k < nd; k++) {
                idx = idx * gshape[k] + (radius[k] - o[k]);
            }
            g[idx] = true;
        }
        if (seed.size() == 0) {
            return seed.astype(DType.FLOAT64);
        }
        double pad = Extrema.scalar(dilation ? Numpy.amin(seed) : Numpy.amax(seed));
        FilterOptions fo = FilterOptions.defaults().mode(Mode.CONSTANT).cval(pad);
        try (NDArray G = NDArray.fromHost(seed.backend(), Footprints.boolHost(gshape, g));
                NDArray m = mask.astype(DType.FLOAT64)) {
            NDArray r = seed.astype(DType.FLOAT64);
            try {
                while (true) {
                    NDArray before = Numpy.copy(r);
                    try {
                        for (int s = 0; s < STEPS_PER_CHECK; s++) {
                            try (NDArray d = dilation ? Ndimage.maximumFilter(r, G, fo) : Ndimage.minimumFilter(r, G, fo)) {
                                NDArray next = dilation ? Numpy.minimum(d, m) : Numpy.maximum(d, m);
                                r.close();
                                r = next;
                            }
                        }
                        if (Extrema.scalar(Numpy.arrayEqual(before, r)) != 0) {
                            NDArray out = r;
                            r = null;
                            return out;
                        }
                    } finally {
                        before.close();
                    }
                }
            } finally {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    private static double resolution(DType d) {
        return d == DType.FLOAT32 ? 2.0 * (double) 1e-6f : 2.0 * 1e-15;
    }

    /** h_maxima (maxima true) or h_minima, as scikit-image 0.19 computes them; uint8 0/1. */
    static NDArray hExtrema(String op, NDArray image, double h, NDArray footprint, boolean maxima) {
        Extrema.requireRealImage(op, "image", image);
        if (image.dtype() == DType.BOOL) {
            throw new IllegalArgumentException(op + ": image: bool images are not supported (NumPy's ptp cannot"
                    + " subtract booleans)");
        }
        if (Double.isNaN(h) || h < 0) {
            throw new IllegalArgumentException(op + ": h=" + h + " must be a non-negative height");
        }
        if (image.size() == 0) {
            return Numpy.zeros(image.backend(), image.shape(), DType.UINT8);
        }
        double ptp = Extrema.scalar(Numpy.ptp(image));
        if (h > ptp) {
            return Numpy.zeros(image.backend(), image.shape(), DType.UINT8);
        }
        if (h == 0) {
            throw new IllegalArgumentException(op + ": h = 0 is ambiguous, use local_" + (maxima ? "maxima" : "minima")
                    + "() instead?");
        }
        DType d = image.dtype();
        boolean toFloat = !d.isFloatingPoint() && h % 1 != 0;
        NDArray img = toFloat ? image.astype(DType.FLOAT64) : image;
        try {
            NDArray shifted;
            if (img.dtype().isFloatingPoint()) {
                try (NDArray abs = Numpy.absolute(img); NDArray res = Numpy.multiply(abs, resolution(img.dtype()));
                        NDArray a = maxima ? Numpy.subtract(img, h) : Numpy.add(img, h)) {
                    shifted = maxima ? Numpy.subtract(a, res) : Numpy.add(a, res);
                }
            } else {
                long lo;
                long hi;
                switch (d) {
                    case UINT8: lo = 0; hi = 255; break;
                    case UINT16: lo = 0; hi = 65535; break;
                    case INT32: lo = Integer.MIN_VALUE; hi = Integer.MAX_VALUE; break;
                    default: lo = Long.MIN_VALUE; hi = Long.MAX_VALUE; break;
                }
                long hh = (long) h;
                try (NDArray raw = maxima ? Numpy.subtract(img, hh) : Numpy.add(img, hh);
                        NDArray rawT = raw.dtype() == d ? Numpy.copy(raw) : raw.astype(d);
                        NDArray clip = maxima ? Numpy.less(img, hh + lo) : Numpy.greater(img, hi - hh)) {
                    NDArray s = Numpy.where(clip, maxima ? lo : hi, rawT);
                    if (s.dtype() != d) {
                        try (NDArray s0 = s) {
                            s = s0.astype(d);
                        }
                    }
                    shifted = s;
                }
            }
            try (NDArray sh = shifted;
                    NDArray rec = reconstruction(op, sh, img, maxima ? "dilation" : "erosion", footprint, null);
                    NDArray residue = maxima ? Numpy.subtract(img, rec) : Numpy.subtract(rec, img);
                    NDArray ge = Numpy.greaterEqual(residue, h)) {
                return ge.astype(DType.UINT8);
            }
        } finally {
            if (img != image) {
                img.close();
            }
        }
    }
}
