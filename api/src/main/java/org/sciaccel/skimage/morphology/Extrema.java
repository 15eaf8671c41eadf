package org.sciaccel.skimage.morphology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/**
 * local_maxima and local_minima as scikit-image 0.19 defines them: a plateau (pixels of one value connected through
 * the footprint) is a maximum when no neighbour of it is higher and, scikit-image's padding or border rule, it
 * touches no border pixel of its own value.
 *
 * <p>For a symmetric neighbourhood (every footprint scikit-image accepts whose centre is set) the plateaus are
 * found with the backend's filters: C, the pixels no neighbour exceeds, splits into connected parts of one value
 * each; a part is a whole maximal plateau exactly when none of its pixels has a neighbour of the same value outside
 * C, which a second maximum filter finds, and binary propagation within C removes the parts that have one. An
 * asymmetric neighbourhood (scikit-image drops the nearest offset instead of the centre when the footprint's centre
 * is false) makes scikit-image's flood fill depend on its raster order, and NaN pixels (every comparison false) make
 * its candidate pass matter; those run scikit-image's algorithm on the host.
 */
final class Extrema {
    private Extrema() {
    }

    static double scalar(NDArray zeroD) {
        try (NDArray a = zeroD) {
            return a.toDoubleArray()[0];
        }
    }

    static void requireRealImage(String op, String param, NDArray image) {
        if (image == null) {
            throw new IllegalArgumentException(op + ": " + param + " is null");
        }
        DType d = image.dtype();
        if (d.isComplex() || d.isExtended()) {
            throw new IllegalArgumentException(op + ": " + param + ": dtype " + d.numpyName()
                    + " is not supported (float32, float64, uint8, uint16, int32, int64 or bool)");
        }
    }

    /** The 3x...x3 neighbourhood as scikit-image resolves it (footprint wins over connectivity). */
    static boolean[] neighbourhood(String op, int nd, NDArray footprint, Integer connectivity) {
        int n = 1;
        for (int k = 0; k < nd; k++) {
            n *= 3;
        }
        boolean[] fp = new boolean[n];
        if (footprint == null) {
            int c = connectivity == null ? nd : Math.max(1, connectivity);
            for (int i = 0; i < n; i++) {
                int rest = i;
                int d2 = 0;
                for (int ax = 0; ax < nd; ax++) {
                    int o = rest % 3 - 1;
                    rest /= 3;
                    d2 += o * o;
                }
                fp[i] = d2 <= c;
            }
            return fp;
        }
        if (footprint.ndim() != nd) {
            throw new IllegalArgumentException(op + ": footprint: number of dimensions in image (" + nd
                    + ") and footprint (" + footprint.ndim() + ") do not match");
        }
        for (int s : footprint.shape()) {
            if (s != 3) {
                throw new IllegalArgumentException(op + ": footprint: dimension size in footprint is not 3 (shape "
                        + java.util.Arrays.toString(footprint.shape()) + ")");
            }
        }
        HostArray h = footprint.toHost();
        for (int i = 0; i < n; i++) {
            fp[i] = h.getDouble(i) != 0;
        }
        return fp;
    }

    /** scikit-image's neighbour offsets (as 3^nd indices): the footprint's elements sorted by distance, the first dropped. */
    static int[] neighbourOffsets(boolean[] fp, int nd) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < fp.length; i++) {
            if (fp[i]) {
                idx.add(i);
            }
        }
        double[] dist = new double[idx.size()];
        for (int k = 0; k < dist.length; k++) {
            int rest = idx.get(k);
            double s = 0;
            int[] o = new int[nd];
            for (int ax = nd - 1; ax >= 0; ax--) {
                o[ax] = rest % 3 - 1;
                rest /= 3;
            }
            for (int ax = 0; ax < nd; ax++) {
                s += o[ax] * o[ax];
            }
            dist[k] = Math.sqrt(s);
        }
        int[] order = NumpyArgsort.argsort(dist);
        int[] out = new int[Math.max(0, order.length - 1)];
        for (int k = 1; k < order.length; k++) {
            out[k - 1] = idx.get(order[k]);
        }
        return out;
    }

    static NDArray localExtrema(String op, NDArray image, NDArray footprint, Integer connectivity,
            boolean allowBorders, boolean maxima) {
        requireRealImage(op, "image", image);
        int nd = image.ndim();
        if (nd == 0) {
            throw new IllegalArgumentException(op + ": image: a 0-d array has no neighbourhood");
        }
        int[] shape = image.shape();
        if (image.size() == 0) {
            return Numpy.zeros(image.backend(), shape, DType.BOOL);
        }
        boolean[] fp = neighbourhood(op, nd, footprint, connectivity);
        for (int s : shape) {
            if (!allowBorders && s < 3) {
                // scikit-image warns: no maxima can exist when a dimension is shorter than 3 without borders
                return Numpy.zeros(image.backend(), shape, DType.BOOL);
            }
        }
        int[] offsets = neighbourOffsets(fp, nd);
        int centre = (fp.length - 1) / 2;
        Set<Integer> set = new HashSet<>();
        for (int o : offsets) {
            set.add(o);
        }
        boolean symmetric = !set.contains(centre);
        for (int o : offsets) {
            symmetric &= set.contains(fp.length - 1 - o);
        }
        if (!symmetric || hasNan(image)) {
            return onHost(image, offsets, nd, allowBorders, maxima);
        }
        boolean[] f = new boolean[fp.length];
        for (int o : offsets) {
            f[o] = true;
        }
        f[centre] = true;
        int[] fshape = new int[nd];
        java.util.Arrays.fill(fshape, 3);
        NDArray work = image.dtype() == DType.BOOL ? image.astype(DType.UINT8) : image;
        try (NDArray F = NDArray.fromHost(image.backend(), Footprints.boolHost(fshape, f))) {
            return onBackend(work, F, allowBorders, maxima);
        } finally {
            if (work != image) {
                work.close();
            }
        }
    }

    /** NaN pixels follow scikit-image's comparisons (every one false) only in its own algorithm: those images run it. */
    private static boolean hasNan(NDArray image) {
        if (!image.dtype().isFloatingPoint()) {
            return false;
        }
        try (NDArray nan = Numpy.isnan(image)) {
            return scalar(Numpy.any(nan)) != 0;
        }
    }

    private static NDArray filter(NDArray a, NDArray f, double cval, boolean maxima) {
        FilterOptions o = FilterOptions.defaults().mode(Mode.CONSTANT).cval(cval);
        return maxima ? Ndimage.maximumFilter(a, f, o) : Ndimage.minimumFilter(a, f, o);
    }

    private static NDArray onBackend(NDArray v, NDArray f, boolean allowBorders, boolean maxima) {
        DType d = v.dtype();
        double m = scalar(maxima ? Numpy.amin(v) : Numpy.amax(v));
        boolean isFloat = d.isFloatingPoint();
        double fSentinel = maxima ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        long iSentinel;
        switch (d) {
            case UINT8: iSentinel = maxima ? 0 : 255; break;
            case UINT16: iSentinel = maxima ? 0 : 65535; break;
            case INT32: iSentinel = maxima ? Integer.MIN_VALUE : Integer.MAX_VALUE; break;
            default: iSentinel = maxima ? Long.MIN_VALUE : Long.MAX_VALUE; break;
        }
        double sentinel = isFloat ? fSentinel : (double) iSentinel;
        try (NDArray mx = filter(v, f, m, maxima); NDArray c0 = Numpy.equal(mx, v)) {
            NDArray c;
            if (allowBorders) {
                c = Numpy.copy(c0);
            } else {
                int[] inner = v.shape().clone();
                for (int k = 0; k < inner.length; k++) {
                    inner[k] -= 2;
                }
                try (NDArray ones = Numpy.ones(v.backend(), inner, DType.BOOL); NDArray interior = Numpy.pad(ones, 1)) {
                    c = Numpy.logicalAnd(c0, interior);
                }
            }
            try (NDArray cc = c;
                    NDArray w0 = isFloat ? Numpy.where(cc, fSentinel, v) : Numpy.where(cc, iSentinel, v);
                    NDArray w = w0.dtype() == d ? Numpy.copy(w0) : w0.astype(d);
                    NDArray mw = filter(w, f, m, maxima);
                    NDArray eq = Numpy.equal(mw, v)) {
                NDArray bad;
                if (m == sentinel) {
                    // A pixel at the sentinel value itself: all its neighbours equal it; it is spoilt by a neighbour outside C.
                    try (NDArray nonC = Numpy.logicalNot(cc); NDArray nonC8 = nonC.astype(DType.UINT8);
                            NDArray e = filter(nonC8, f, 1.0, true); NDArray eb = Numpy.notEqual(e, 0L);
                            NDArray isS = isFloat ? Numpy.equal(v, fSentinel) : Numpy.equal(v, iSentinel);
                            NDArray notS = Numpy.logicalNot(isS); NDArray a1 = Numpy.logicalAnd(eq, notS);
                            NDArray a2 = Numpy.logicalAnd(isS, eb); NDArray any = Numpy.logicalOr(a1, a2)) {
                        bad = Numpy.logicalAnd(cc, any);
                    }
                } else {
                    bad = Numpy.logicalAnd(cc, eq);
                }
                try (NDArray b = bad) {
                    if (scalar(Numpy.any(b)) == 0) {
                        return Numpy.copy(cc); // no part of C is spoilt: the propagation would change nothing
                    }
                    try (NDArray prop = Ndimage.binaryPropagation(b, f, cc, false); NDArray good = Numpy.logicalNot(prop)) {
                        return Numpy.logicalAnd(cc, good);
                    }
                }
            }
        }
    }

    /** scikit-image's own algorithm (candidates in the last dimension, then a flood fill per plateau), on the host. */
    private static NDArray onHost(NDArray image, int[] offsets, int nd, boolean allowBorders, boolean maxima) {
        int[] shape = image.shape();
        HostArray h = image.toHost();
        int n = h.size();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = h.getDouble(i);
            v[i] = maxima ? x : -x;
        }
        int pad = allowBorders ? 1 : 0;
        int[] ps = new int[nd];
        int total = 1;
        for (int k = 0; k < nd; k++) {
            ps[k] = shape[k] + 2 * pad;
            total *= ps[k];
        }
        double lo = Double.POSITIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
        }
        double[] img = new double[total];
        byte[] flags = new byte[total];
        int[] strides = new int[nd];
        int st = 1;
        for (int k = nd - 1; k >= 0; k--) {
            strides[k] = st;
            st *= ps[k];
        }
        int[] c = new int[nd];
        for (int p = 0; p < total; p++) {
            int rest = p;
            boolean border = false;
            boolean inside = true;
            int src = 0;
            for (int k = nd - 1; k >= 0; k--) {
                c[k] = rest % ps[k];
                rest /= ps[k];
            }
            for (int k = 0; k < nd; k++) {
                border |= c[k] == 0 || c[k] == ps[k] - 1;
                int s = c[k] - pad;
                inside &= s >= 0 && s < shape[k];
                src = src * shape[k] + s;
            }
            img[p] = inside ? v[src] : lo;
            flags[p] = border ? (byte) 3 : 0;
        }
        long[] rav = new long[offsets.length];
        boolean minus = false;
        boolean plus = false;
        for (int k = 0; k < offsets.length; k++) {
            int rest = offsets[k];
            long r = 0;
            for (int ax = nd - 1; ax >= 0; ax--) {
                r += (long) (rest % 3 - 1) * strides[ax];
                rest /= 3;
            }
            rav[k] = r;
            minus |= r == -1;
            plus |= r == 1;
        }
        if (minus && plus) {
            int i = 1;
            while (i < total) {
                if (img[i - 1] < img[i] && flags[i] != 3) {
                    int ahead = i + 1;
                    while (img[i] == img[ahead] && flags[ahead] != 3) {
                        ahead++;
                    }
                    if (img[i] > img[ahead]) {
                        for (int q = i; q < ahead; q++) {
                            flags[q] = 2;
                        }
                    }
                    i = ahead;
                } else {
                    i++;
                }
            }
        } else {
            for (int i = 1; i < total; i++) {
                if (flags[i] != 3) {
                    flags[i] = 2;
                }
            }
        }
        int[] queue = new int[Math.max(16, total)];
        for (int i = 0; i < total; i++) {
            if (flags[i] != 2) {
                continue;
            }
            double height = img[i];
            boolean isMax = true;
            int head = 0;
            int tail = 0;
            queue[tail++] = i;
            flags[i] = 1;
            while (head < tail) {
                int cur = queue[head++];
                for (long r : rav) {
                    int nb = (int) (cur + r);
                    if (img[nb] == height) {
                        if (flags[nb] == 3) {
                            isMax = false;
                        } else if (flags[nb] != 1) {
                            queue[tail++] = nb;
                            flags[nb] = 1;
                        }
                    } else if (img[nb] > height) {
                        isMax = false;
                    }
                }
            }
            if (!isMax) {
                for (int q = 0; q < tail; q++) {
                    flags[queue[q]] = 0;
                }
            }
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            int rest = i;
            int p = 0;
            boolean border = false;
            int[] cc = new int[nd];
            for (int k = nd - 1; k >= 0; k--) {
                cc[k] = rest % shape[k];
                rest /= shape[k];
            }
            for (int k = 0; k < nd; k++) {
                p += (cc[k] + pad) * strides[k];
                border |= !allowBorders && (cc[k] == 0 || cc[k] == shape[k] - 1);
            }
            out[i] = !border && flags[p] == 1;
        }
        return NDArray.fromHost(image.backend(), Footprints.boolHost(shape, out));
    }
}
