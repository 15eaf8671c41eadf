package org.sciaccel.cli.demo;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.BinaryMorphologyOptions;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/**
 * The lecture notes' image exercise as one pipeline on a backend: 7x7 median filter of the cropped micrograph,
 * three phases by threshold (void &le; 50 &lt; sand &le; 114 &lt; glass) as comparisons on the backend, binary
 * opening of the sand with 2 iterations, labeling, areas by {@code numpy.bincount} of the labels, their mean,
 * median and the count above 100 px by reductions, and the phase map by {@code numpy.where}. Only the image goes
 * to the backend and only the phase map and the numbers come back.
 */
public final class BubblesAndSand {
    /** Phase codes of {@link Result#phases}. */
    static final byte VOID = 0;
    static final byte SAND = 1;
    static final byte GLASS = 2;
    static final byte SAND_REMOVED_BY_OPENING = 3;

    private BubblesAndSand() {
    }

    /**
     * What the exercise asks, and what it moved.
     *
     * @param phases uint8 codes per pixel: {@link #VOID}, {@link #SAND} (kept by the opening), {@link #GLASS},
     *               {@link #SAND_REMOVED_BY_OPENING}
     */
    public record Result(int bubbles, double meanBubbleArea, double medianBubbleArea, int grains, long grainsAbove100,
            HostArray phases, Transfers moved) {
    }

    /** Runs the exercise on {@code crop} (uint8, the micrograph without its caption) on {@code backend}. */
    public static Result run(Backend backend, HostArray crop) {
        Transfers.Meter meter = Transfers.start(backend);
        try (NDArray in = NDArray.fromHost(backend, crop);
                NDArray filtered = Ndimage.medianFilter(in, 7);
                NDArray voids = filtered.le(50);
                NDArray aboveVoid = filtered.gt(50);
                NDArray belowGlass = filtered.le(114);
                NDArray sand = aboveVoid.and(belowGlass);
                NDArray sandOpen = Ndimage.binaryOpening(sand, BinaryMorphologyOptions.defaults().iterations(2));
                LabelResult grains = Ndimage.label(sandOpen);
                LabelResult bubbles = Ndimage.label(voids);
                NDArray grainAreas = areas(grains);
                NDArray bubbleAreas = areas(bubbles);
                NDArray big = grainAreas.gt(100);
                NDArray bigCount = Numpy.countNonzero(big);
                NDArray mean = Numpy.mean(bubbleAreas);
                NDArray median = Numpy.median(bubbleAreas);
                NDArray phases = phases(backend, voids, sand, sandOpen)) {
            // Arguments are evaluated left to right: the meter stops after the last read.
            return new Result(bubbles.numFeatures(), mean.doubleValue(), median.doubleValue(), grains.numFeatures(),
                    bigCount.longValue(), phases.toHost(), meter.stop());
        }
    }

    /** Each object's area: {@code np.bincount(labels.ravel())[1:]} (label 0 is the background). */
    private static NDArray areas(LabelResult labelled) {
        try (NDArray flat = labelled.labels().ravel();
                NDArray counts = Numpy.bincount(flat, null, labelled.numFeatures() + 1)) {
            return counts.slice("1:");
        }
    }

    /** {@code np.where(voids, 0, np.where(open, 1, np.where(sand, 3, 2)))} in uint8. */
    private static NDArray phases(Backend backend, NDArray voids, NDArray sand, NDArray sandOpen) {
        try (NDArray removed = Numpy.full(backend, new int[0], (long) SAND_REMOVED_BY_OPENING, DType.UINT8);
                NDArray glass = Numpy.full(backend, new int[0], (long) GLASS, DType.UINT8);
                NDArray notOpened = Numpy.where(sand, removed, glass);
                NDArray notVoid = Numpy.where(sandOpen, (long) SAND, notOpened)) {
            return Numpy.where(voids, (long) VOID, notVoid);
        }
    }

    /** What the input and outputs alone make: the uint8 image in; the uint8 phase map and three 8-byte numbers out. */
    static Transfers inputAndOutputs(HostArray crop) {
        long pixels = crop.size();
        return new Transfers(pixels, pixels + 3 * 8L);
    }
}
