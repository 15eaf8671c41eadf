package org.sciaccel.skimage.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.ndimage.ObjectSlices;
import org.sciaccel.numpy.Index;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.skimage.morphology.NumpyArgsort;

/**
 * scikit-image 0.19's peak_local_max: the candidate mask (maximum filter, comparisons, border exclusion) on the
 * backend; the candidates' coordinates and intensities come to the host, are ordered by NumPy's argsort of the
 * negated intensities (its quicksort, so ties fall as in scikit-image) and thinned greedily by min_distance as
 * scikit-image's ensure_spacing does (a kept peak rejects later ones closer than min_distance in the p-norm).
 */
final class PeakLocalMax {
    static final String OP = "skimage.feature.peak_local_max";

    private PeakLocalMax() {
    }

    private static double scalar(NDArray zeroD) {
        try (NDArray a = zeroD) {
            return a.toDoubleArray()[0];
        }
    }

    static NDArray run(NDArray image, int minDistance, Double thresholdAbs, Double thresholdRel, int[] excludeBorder,
            Integer numPeaks, NDArray footprint, NDArray labels, Integer numPeaksPerLabel, double pNorm) {
        if (image == null) {
            throw new IllegalArgumentException(OP + ": image is null");
        }
        DType d = image.dtype();
        if (d.isComplex() || d.isExtended() || d == DType.BOOL) {
            throw new IllegalArgumentException(OP + ": image: dtype " + d.numpyName() + " is not supported"
                    + (d == DType.BOOL ? " (scikit-image negates the intensities, which NumPy refuses for bool)" : ""));
        }
        int nd = image.ndim();
        if (nd == 0) {
            throw new IllegalArgumentException(OP + ": image: a 0-d array has no peaks");
        }
        if (minDistance < 1) {
            throw new IllegalArgumentException(OP + ": min_distance=" + minDistance + " must be >= 1");
        }
        if (numPeaks != null && numPeaks < 0) {
            throw new IllegalArgumentException(OP + ": num_peaks=" + numPeaks + " must be >= 0");
        }
        if (numPeaksPerLabel != null && numPeaksPerLabel < 0) {
            throw new IllegalArgumentException(OP + ": num_peaks_per_label=" + numPeaksPerLabel + " must be >= 0");
        }
        if (!(pNorm >= 1)) {
            throw new IllegalArgumentException(OP + ": p_norm=" + pNorm + " must be in [1, inf]");
        }
        if (footprint != null && footprint.ndim() != nd) {
            throw new IllegalArgumentException(OP + ": footprint: " + footprint.ndim()
                    + " dimensions for an image of " + nd + " (footprint array has incorrect shape)");
        }
        if (labels != null) {
            if (!java.util.Arrays.equals(labels.shape(), image.shape())) {
                throw new IllegalArgumentException(OP + ": labels: shape " + java.util.Arrays.toString(labels.shape())
                        + " differs from the image's " + java.util.Arrays.toString(image.shape()));
            }
            if (!labels.dtype().isIntegral() || labels.dtype().isExtended() || labels.dtype() == DType.UINT64) {
                throw new IllegalArgumentException(OP + ": labels: Cannot cast array data from dtype('"
                        + labels.dtype().numpyName() + "') to dtype('int64') according to the rule 'safe'");
            }
        }
        int[] border = new int[nd];
        if (excludeBorder == null) {
            java.util.Arrays.fill(border, minDistance);
        } else if (excludeBorder.length == 1) {
            java.util.Arrays.fill(border, excludeBorder[0]);
        } else if (excludeBorder.length == nd) {
            border = excludeBorder.clone();
        } else {
            throw new IllegalArgumentException(OP + ": exclude_border: `exclude_border` should have the same length"
                    + " as the dimensionality of the image.");
        }
        for (int w : border) {
            if (w < 0) {
                throw new IllegalArgumentException(OP + ": exclude_border: `exclude_border` cannot be a negative value");
            }
        }
        if (image.size() == 0) {
            throw new IllegalArgumentException(OP + ": image: zero-size array (NumPy's min has no identity)");
        }
        double threshold = thresholdAbs != null ? thresholdAbs : scalar(Numpy.amin(image));
        if (thresholdRel != null) {
            threshold = Math.max(threshold, thresholdRel * scalar(Numpy.amax(image)));
        }
        NDArray fp = footprint;
        if (fp == null) {
            int[] s = new int[nd];
            java.util.Arrays.fill(s, 2 * minDistance + 1);
            fp = Numpy.ones(image.backend(), s, DType.BOOL);
        }
        try {
            long[][] coords;
            if (labels == null) {
                try (NDArray mask = peakMask(image, fp, threshold, null)) {
                    excludeBorder(mask, border);
                    coords = highIntensityPeaks(image, mask, numPeaks, minDistance, pNorm);
                }
            } else {
                coords = perLabel(image, fp, threshold, labels, border, numPeaksPerLabel, minDistance, pNorm);
                if (numPeaks != null && coords.length > numPeaks) {
                    int n = image.size();
                    boolean[] m = new boolean[n];
                    int[] shape = image.shape();
                    for (long[] c : coords) {
                        int f = 0;
                        for (int k = 0; k < nd; k++) {
                            f = f * shape[k] + (int) c[k];
                        }
                        m[f] = true;
                    }
                    try (NDArray mask = NDArray.fromHost(image.backend(), org.sciaccel.skimage.morphology.NumpyArgsort.boolHost(shape, m))) {
                        coords = highIntensityPeaks(image, mask, numPeaks, minDistance, pNorm);
                    }
                }
            }
            int cols = coords.length == 0 && labels != null ? 2 : nd;
            long[] flat = new long[coords.length * cols];
            for (int i = 0; i < coords.length; i++) {
                System.arraycopy(coords[i], 0, flat, i * cols, cols);
            }
            return NDArray.fromHost(image.backend(), new HostArray(DType.INT64, new int[] {coords.length, cols}, flat));
        } finally {
            if (fp != footprint) {
                fp.close();
            }
        }
    }

    private static NDArray greaterThan(NDArray img, double threshold) {
        if (!img.dtype().isFloatingPoint() && threshold == Math.rint(threshold) && Math.abs(threshold) < 9.0e15) {
            return Numpy.greater(img, (long) threshold);
        }
        return Numpy.greater(img, threshold);
    }

    /** scikit-image's _get_peak_mask. */
    private static NDArray peakMask(NDArray img, NDArray fp, double threshold, NDArray labelMask) {
        if (fp.size() == 1 || img.size() == 1) {
            return greaterThan(img, threshold);
        }
        NDArray out;
        try (NDArray imax = Ndimage.maximumFilter(img, fp, FilterOptions.defaults().mode(Mode.CONSTANT).cval(0.0))) {
            out = Numpy.equal(img, imax);
        }
        boolean trivial;
        if (labelMask == null) {
            trivial = scalar(Numpy.all(out)) != 0;
        } else {
            try (NDArray notMask = Numpy.logicalNot(labelMask); NDArray either = Numpy.logicalOr(out, notMask)) {
                trivial = scalar(Numpy.all(either)) != 0;
            }
        }
        if (trivial) {
            out.close();
            if (labelMask == null) {
                out = Numpy.zeros(img.backend(), img.shape(), DType.BOOL);
            } else {
                try (NDArray opened = Ndimage.binaryOpening(labelMask)) {
                    out = Numpy.logicalXor(labelMask, opened);
                }
            }
        }
        try (NDArray o = out; NDArray above = greaterThan(img, threshold)) {
            return Numpy.logicalAnd(o, above);
        }
    }

    /** scikit-image's _exclude_border, in place. */
    private static void excludeBorder(NDArray a, int[] border) {
        int nd = border.length;
        for (int k = 0; k < nd; k++) {
            int w = border[k];
            if (w == 0) {
                continue;
            }
            StringBuilder pre = new StringBuilder();
            for (int j = 0; j < k; j++) {
                pre.append(":,");
            }
            setZero(a, pre + ":" + w);
            setZero(a, pre + "-" + w + ":");
        }
    }

    private static void setZero(NDArray a, String index) {
        if (a.dtype() == DType.BOOL) {
            Numpy.setItem(a, index, false);
        } else {
            Numpy.setItem(a, index, 0L);
        }
    }

    /** scikit-image's _get_high_intensity_peaks: argsort(-intensities), then ensure_spacing, then the first num_peaks. */
    private static long[][] highIntensityPeaks(NDArray img, NDArray mask, Integer numPeaks, int minDistance,
            double pNorm) {
        int nd = img.ndim();
        long[] where;
        HostArray values;
        try (NDArray w = Numpy.argwhere(mask); NDArray vals = Numpy.getItem(img, mask)) {
            where = w.toLongArray();
            values = vals.toHost();
        }
        int n = values.size();
        int[] order;
        DType d = img.dtype();
        if (d.isFloatingPoint()) {
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = -values.getDouble(i);
            }
            order = NumpyArgsort.argsort(key);
        } else {
            long[] key = new long[n];
            for (int i = 0; i < n; i++) {
                long v = values.getLong(i);
                switch (d) {
                    case UINT8: key[i] = (-v) & 0xFFL; break;
                    case UINT16: key[i] = (-v) & 0xFFFFL; break;
                    case INT32: key[i] = (int) (-v); break;
                    default: key[i] = -v; break;
                }
            }
            order = NumpyArgsort.argsort(key);
        }
        long[][] sorted = new long[n][];
        for (int i = 0; i < n; i++) {
            int src = order[i];
            sorted[i] = java.util.Arrays.copyOfRange(where, src * nd, src * nd + nd);
        }
        int limit = numPeaks == null ? Integer.MAX_VALUE : numPeaks;
        return ensureSpacing(sorted, minDistance, pNorm, limit);
    }

    private static boolean closer(long[] a, long[] b, int spacing, double p) {
        if (p == Double.POSITIVE_INFINITY) {
            for (int k = 0; k < a.length; k++) {
                if (Math.abs(a[k] - b[k]) >= spacing) {
                    return false;
                }
            }
            return true;
        }
        if (p == 1) {
            long s = 0;
            for (int k = 0; k < a.length; k++) {
                s += Math.abs(a[k] - b[k]);
            }
            return s < spacing;
        }
        if (p == 2) {
            long s = 0;
            for (int k = 0; k < a.length; k++) {
                long dk = a[k] - b[k];
                s += dk * dk;
            }
            return s < (long) spacing * spacing;
        }
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += Math.pow(Math.abs((double) (a[k] - b[k])), p);
        }
        return Math.pow(s, 1.0 / p) < spacing;
    }

    /** Greedy thinning in order: a point is kept unless a kept point lies closer than spacing; at most limit kept. */
    static long[][] ensureSpacing(long[][] coords, int spacing, double p, int limit) {
        List<long[]> kept = new ArrayList<>();
        Map<List<Long>, List<long[]>> grid = new HashMap<>();
        int nd = coords.length == 0 ? 0 : coords[0].length;
        for (long[] c : coords) {
            if (kept.size() >= limit) {
                break;
            }
            long[] cell = new long[nd];
            for (int k = 0; k < nd; k++) {
                cell[k] = Math.floorDiv(c[k], spacing);
            }
            boolean reject = false;
            long[] nb = new long[nd];
            int combos = 1;
            for (int k = 0; k < nd; k++) {
                combos *= 3;
            }
            for (int t = 0; t < combos && !reject; t++) {
                int rest = t;
                List<Long> key = new ArrayList<>(nd);
                for (int k = 0; k < nd; k++) {
                    nb[k] = cell[k] + rest % 3 - 1;
                    rest /= 3;
                    key.add(nb[k]);
                }
                List<long[]> bucket = grid.get(key);
                if (bucket == null) {
                    continue;
                }
                for (long[] q : bucket) {
                    if (closer(c, q, spacing, p)) {
                        reject = true;
                        break;
                    }
                }
            }
            if (!reject) {
                kept.add(c);
                List<Long> key = new ArrayList<>(nd);
                for (int k = 0; k < nd; k++) {
                    key.add(cell[k]);
                }
                grid.computeIfAbsent(key, x -> new ArrayList<>()).add(c);
            }
        }
        return kept.toArray(new long[0][]);
    }

    private static long[][] perLabel(NDArray image, NDArray fp, double threshold, NDArray labels, int[] border,
            Integer perLabel, int minDistance, double pNorm) {
        int nd = image.ndim();
        DType d = image.dtype();
        ObjectSlices objects;
        try (NDArray lab = labels.astype(DType.INT64)) {
            excludeBorder(lab, border);
            objects = Ndimage.findObjects(lab);
        }
        List<long[]> all = new ArrayList<>();
        for (int label = 1; label <= objects.size(); label++) {
            if (!objects.present(label)) {
                continue;
            }
            Index.Item[] items = new Index.Item[nd];
            for (int k = 0; k < nd; k++) {
                items[k] = Index.slice(objects.start(label, k), objects.stop(label, k));
            }
            Index roi = Index.of((Object[]) items);
            long[][] coords;
            try (NDArray labRoi = Numpy.getItem(labels, roi); NDArray labelMask = Numpy.equal(labRoi, (long) label);
                    NDArray imgRoi = Numpy.getItem(image, roi);
                    NDArray obj0 = d.isFloatingPoint()
                            ? Numpy.where(labelMask, imgRoi, d == DType.FLOAT32 ? -Float.MAX_VALUE : -Double.MAX_VALUE)
                            : Numpy.where(labelMask, imgRoi, minOf(d));
                    NDArray obj = obj0.dtype() == d ? Numpy.copy(obj0) : obj0.astype(d);
                    NDArray mask = peakMask(obj, fp, threshold, labelMask)) {
                coords = highIntensityPeaks(obj, mask, perLabel, minDistance, pNorm);
            }
            for (long[] c : coords) {
                for (int k = 0; k < nd; k++) {
                    c[k] += objects.start(label, k);
                }
                all.add(c);
            }
        }
        return all.toArray(new long[0][]);
    }

    private static long minOf(DType d) {
        switch (d) {
            case INT32: return Integer.MIN_VALUE;
            case INT64: return Long.MIN_VALUE;
            default: return 0;
        }
    }
}
