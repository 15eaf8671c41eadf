package org.sciaccel.skimage.morphology;

import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * {@code skimage.morphology} of scikit-image 0.19 (issue 18): footprints, local and h-extrema, grey
 * reconstruction and the removal of small objects and holes, on the backend where the image lives (footprints on
 * the chosen backend, the default one unless given). scikit-image's names in camelCase, its parameter order and
 * defaults; results are new arrays the caller owns.
 *
 * <p>Deviations, everywhere: bad input throws {@link IllegalArgumentException} naming the parameter where
 * scikit-image raises ValueError/TypeError; a negative {@code h} is refused (scikit-image computes with it);
 * local_maxima/local_minima of images with NaN, or with a footprint whose centre is false (an asymmetric
 * neighbourhood), run scikit-image's own flood fill on the host (exact, not on the device); int64 values beyond
 * 2^53 are compared as doubles there and in the thresholds.
 */
public final class Morphology {
    private static final String P = "skimage.morphology.";

    private Morphology() {
    }

    // ---- footprints ----

    /** {@code skimage.morphology.square(width)}: uint8 ones (width, width) on the default backend. */
    public static NDArray square(int width) {
        return square(Backends.defaultBackend(), width, DType.UINT8);
    }

    /** {@code skimage.morphology.square(width, dtype)} on {@code backend}. */
    public static NDArray square(Backend backend, int width, DType dtype) {
        return Footprints.square(backend, width, dtype);
    }

    /** {@code skimage.morphology.rectangle(nrows, ncols)}: uint8 ones (nrows, ncols) on the default backend. */
    public static NDArray rectangle(int nrows, int ncols) {
        return rectangle(Backends.defaultBackend(), nrows, ncols, DType.UINT8);
    }

    /** {@code skimage.morphology.rectangle(nrows, ncols, dtype)} on {@code backend}. */
    public static NDArray rectangle(Backend backend, int nrows, int ncols, DType dtype) {
        return Footprints.rectangle(backend, nrows, ncols, dtype);
    }

    /** {@code skimage.morphology.diamond(radius)}: |i - r| + |j - r| <= r, uint8, on the default backend. */
    public static NDArray diamond(int radius) {
        return diamond(Backends.defaultBackend(), radius, DType.UINT8);
    }

    /** {@code skimage.morphology.diamond(radius, dtype)} on {@code backend}. */
    public static NDArray diamond(Backend backend, int radius, DType dtype) {
        return Footprints.diamond(backend, radius, dtype);
    }

    /**
     * {@code skimage.morphology.disk(radius)}: x^2 + y^2 <= r^2 on the (2r+1)^2 grid, uint8, on the default
     * backend. Integer radii only (scikit-image also takes floats).
     */
    public static NDArray disk(int radius) {
        return disk(Backends.defaultBackend(), radius, DType.UINT8);
    }

    /** {@code skimage.morphology.disk(radius, dtype)} on {@code backend}. */
    public static NDArray disk(Backend backend, int radius, DType dtype) {
        return Footprints.disk(backend, radius, dtype);
    }

    /** {@code skimage.morphology.cube(width)}: uint8 ones (width, width, width) on the default backend. */
    public static NDArray cube(int width) {
        return cube(Backends.defaultBackend(), width, DType.UINT8);
    }

    /** {@code skimage.morphology.cube(width, dtype)} on {@code backend}. */
    public static NDArray cube(Backend backend, int width, DType dtype) {
        return Footprints.cube(backend, width, dtype);
    }

    /** {@code skimage.morphology.ball(radius)}: x^2 + y^2 + z^2 <= r^2, uint8, on the default backend. */
    public static NDArray ball(int radius) {
        return ball(Backends.defaultBackend(), radius, DType.UINT8);
    }

    /** {@code skimage.morphology.ball(radius, dtype)} on {@code backend}. */
    public static NDArray ball(Backend backend, int radius, DType dtype) {
        return Footprints.ball(backend, radius, dtype);
    }

    /** {@code skimage.morphology.octahedron(radius)}: |x| + |y| + |z| <= r, uint8, on the default backend. */
    public static NDArray octahedron(int radius) {
        return octahedron(Backends.defaultBackend(), radius, DType.UINT8);
    }

    /** {@code skimage.morphology.octahedron(radius, dtype)} on {@code backend}. */
    public static NDArray octahedron(Backend backend, int radius, DType dtype) {
        return Footprints.octahedron(backend, radius, dtype);
    }

    // ---- local extrema ----

    /** {@code local_maxima(image)}: full connectivity, borders allowed. */
    public static NDArray localMaxima(NDArray image) {
        return localMaxima(image, null, null, true);
    }

    /**
     * {@code skimage.morphology.local_maxima(image, footprint, connectivity, indices=False, allow_borders)}: a bool
     * image, true on every plateau (pixels of one value connected through the neighbourhood) that no neighbour
     * exceeds; with {@code allowBorders} false, plateaus touching the image's edge are not maxima (and none exists
     * when a dimension is shorter than 3, where scikit-image warns). {@code footprint} (3x...x3, non-zero true)
     * wins over {@code connectivity} (null: ndim). For {@code indices=True} take {@code Numpy.nonzero} of the result.
     */
    public static NDArray localMaxima(NDArray image, NDArray footprint, Integer connectivity, boolean allowBorders) {
        return Extrema.localExtrema(P + "local_maxima", image, footprint, connectivity, allowBorders, true);
    }

    /** {@code local_minima(image)}: full connectivity, borders allowed. */
    public static NDArray localMinima(NDArray image) {
        return localMinima(image, null, null, true);
    }

    /** {@code skimage.morphology.local_minima}: the plateaus no neighbour undercuts; see {@link #localMaxima}. */
    public static NDArray localMinima(NDArray image, NDArray footprint, Integer connectivity, boolean allowBorders) {
        return Extrema.localExtrema(P + "local_minima", image, footprint, connectivity, allowBorders, false);
    }

    /** {@code h_maxima(image, h)} with the 3x...x3 footprint. */
    public static NDArray hMaxima(NDArray image, double h) {
        return hMaxima(image, h, null);
    }

    /**
     * {@code skimage.morphology.h_maxima(image, h, footprint)}: uint8 1 on the maxima of height at least h (and the
     * global maxima), through reconstruction by dilation of image - h (integer images: subtracted with clipping; a
     * fractional h converts them to float64; float images also subtract scikit-image's resolution term).
     * h = 0 and h < 0 are refused; h above the image's range gives zeros.
     */
    public static NDArray hMaxima(NDArray image, double h, NDArray footprint) {
        return Reconstruction.hExtrema(P + "h_maxima", image, h, footprint, true);
    }

    /** {@code h_minima(image, h)} with the 3x...x3 footprint. */
    public static NDArray hMinima(NDArray image, double h) {
        return hMinima(image, h, null);
    }

    /** {@code skimage.morphology.h_minima(image, h, footprint)}: the dual of {@link #hMaxima(NDArray, double, NDArray)}. */
    public static NDArray hMinima(NDArray image, double h, NDArray footprint) {
        return Reconstruction.hExtrema(P + "h_minima", image, h, footprint, false);
    }

    /** {@code reconstruction(seed, mask)}: by dilation with the 3x...x3 footprint. */
    public static NDArray reconstruction(NDArray seed, NDArray mask) {
        return reconstruction(seed, mask, "dilation", null, null);
    }

    /** {@code reconstruction(seed, mask, method)} with the 3x...x3 footprint. */
    public static NDArray reconstruction(NDArray seed, NDArray mask, String method) {
        return reconstruction(seed, mask, method, null, null);
    }

    /**
     * {@code skimage.morphology.reconstruction(seed, mask, method, footprint, offset)}: float64, the seed dilated
     * (eroded) under (over) the mask until stable. {@code footprint} null: ones 3x...x3; {@code offset} null: the
     * footprint's centre (its dimensions must then be odd). Computed as repeated geodesic dilation on the backend,
     * not by scikit-image's downhill filter; the result is the same fixed point.
     */
    public static NDArray reconstruction(NDArray seed, NDArray mask, String method, NDArray footprint, int[] offset) {
        return Reconstruction.reconstruction(P + "reconstruction", seed, mask, method, footprint, offset);
    }

    // ---- small objects and holes ----

    /** {@code remove_small_objects(ar)}: min_size 64, connectivity 1. */
    public static NDArray removeSmallObjects(NDArray ar) {
        return removeSmallObjects(ar, 64, 1);
    }

    /**
     * {@code skimage.morphology.remove_small_objects(ar, min_size, connectivity)}: a copy of {@code ar} (bool or
     * integer labels) with the connected components (bool: labelled with {@code connectivity}; integers: each label
     * value) of fewer than {@code min_size} elements set to 0/false. The deprecated in_place and out are not offered.
     */
    public static NDArray removeSmallObjects(NDArray ar, long minSize, int connectivity) {
        return SmallObjects.removeSmallObjects(P + "remove_small_objects", ar, minSize, connectivity);
    }

    /** {@code remove_small_holes(ar)}: area_threshold 64, connectivity 1. */
    public static NDArray removeSmallHoles(NDArray ar) {
        return removeSmallHoles(ar, 64, 1);
    }

    /**
     * {@code skimage.morphology.remove_small_holes(ar, area_threshold, connectivity)}: bool, {@code ar != 0} with
     * the background components of fewer than {@code area_threshold} elements filled.
     */
    public static NDArray removeSmallHoles(NDArray ar, long areaThreshold, int connectivity) {
        return SmallObjects.removeSmallHoles(P + "remove_small_holes", ar, areaThreshold, connectivity);
    }
}
