package org.sciaccel.cpu.morphology;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.array.CpuElementwise;
import org.sciaccel.ndimage.DistanceTransformResult;
import org.sciaccel.ndimage.GroupStatistics;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.MorphologyOps;

/** The CPU backend's morphology, labeling, measurements and distance transforms. */
public final class CpuMorphologyOps implements MorphologyOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.MORPHOLOGY);

    private final CpuBackend backend;

    /** The morphology ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuMorphologyOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray binaryErosion(NDArray input, boolean[] structure, int[] structureShape, int[] origin, int iterations,
            NDArray mask, boolean borderValue, boolean invert) {
        backend.checkOpen();
        byte[] in = (byte[]) backend.host(input, "input").data();
        byte[] m = mask == null ? null : (byte[]) backend.host(mask, "mask").data();
        CpuPackedBinaryErosion op = new CpuPackedBinaryErosion(input.shape(), structure, structureShape, origin,
                borderValue, backend.threads());
        byte[] out = op.run(in, m, iterations, invert);
        return backend.wrap(new HostArray(DType.BOOL, input.shape(), out));
    }

    @Override
    public LabelResult label(NDArray input, boolean[] structure) {
        backend.checkOpen();
        byte[] in = (byte[]) backend.host(input, "input").data();
        int[] labels = new int[in.length];
        // Runs where the structure allows (every structure SciPy generates); element by element otherwise.
        CpuRunLabeling runs = CpuRunLabeling.forStructure(input.shape(), structure, backend.threads());
        int n = runs != null ? runs.label(in, labels)
                : new CpuConnectedComponents(input.shape(), structure, backend.threads()).label(in, labels);
        return new LabelResult(backend.wrap(new HostArray(DType.INT32, input.shape(), labels)), n);
    }

    @Override
    public int[][] findObjects(NDArray labels, int maxLabel) {
        backend.checkOpen();
        return CpuObjectBounds.find(backend.host(labels, "input"), maxLabel);
    }

    private double[] values(NDArray input) {
        return CpuLabelGroups.values(backend.host(input, "input"));
    }

    private int[] groups(NDArray input, NDArray labels, long[] keys) {
        return CpuLabelGroups.of(labels == null ? null : backend.host(labels, "labels"), keys, input.size(),
                backend.threads());
    }

    @Override
    public GroupStatistics groupStatistics(NDArray input, NDArray labels, long[] keys) {
        backend.checkOpen();
        HostArray in = backend.host(input, "input");
        return CpuGroupReductions.statistics(CpuLabelGroups.values(in), CpuLabelGroups.integers(in),
                input.dtype().kind() == DType.Kind.UNSIGNED, groups(input, labels, keys), CpuLabelGroups.groups(keys),
                backend.threads());
    }

    @Override
    public double[] groupCentredSquares(NDArray input, NDArray labels, long[] keys, double[] means) {
        backend.checkOpen();
        return CpuGroupReductions.centredSquares(values(input), groups(input, labels, keys), CpuLabelGroups.groups(keys),
                means, input.dtype() == DType.FLOAT16, backend.threads());
    }

    @Override
    public double[][] groupWeightedCoordinates(NDArray input, NDArray labels, long[] keys) {
        backend.checkOpen();
        return CpuGroupReductions.weightedCoordinates(values(input), groups(input, labels, keys),
                CpuLabelGroups.groups(keys), input.shape(), backend.threads());
    }

    @Override
    public long[][] groupHistogram(NDArray input, NDArray labels, long[] keys, double min, double max, int bins) {
        backend.checkOpen();
        return CpuGroupReductions.histogram(values(input), groups(input, labels, keys), CpuLabelGroups.groups(keys), min,
                max, bins, backend.threads());
    }

    @Override
    public double[] groupMedian(NDArray input, NDArray labels, long[] keys) {
        backend.checkOpen();
        return CpuGroupReductions.median(values(input), groups(input, labels, keys), CpuLabelGroups.groups(keys),
                backend.threads());
    }

    @Override
    public NDArray greyMinMax(NDArray input, boolean[] footprint, int[] footprintShape, double[] structure, int[] origin,
            Mode mode, double cval, boolean maximum, DType output) {
        backend.checkOpen();
        return backend.wrap(CpuGreyMorphology.minMax(backend.host(input, "input"), footprint, footprintShape, structure,
                origin, mode, cval, maximum, output, backend.threads()));
    }

    @Override
    public NDArray elementwise(NDArray a, NDArray b, int op) {
        backend.checkOpen();
        return backend.wrap(CpuElementwise.apply(backend.host(a, "a"), backend.host(b, "b"), op));
    }

    @Override
    public NDArray logicalNot(NDArray a) {
        backend.checkOpen();
        return backend.wrap(CpuElementwise.not(backend.host(a, "a")));
    }

    @Override
    public DistanceTransformResult distanceTransformEdt(NDArray input, double[] sampling, boolean distances,
            boolean indices) {
        backend.checkOpen();
        byte[] in = (byte[]) backend.host(input, "input").data();
        int[] shape = input.shape();
        if (!indices && in.length > 0 && positive(sampling)) {
            double[] fast = CpuDistanceTransforms.distancesOnly(in, shape, sampling, backend.threads());
            if (fast != null) {
                return new DistanceTransformResult(backend.wrap(new HostArray(DType.FLOAT64, shape, fast)), null);
            }
        }
        int[] ft = CpuDistanceTransforms.features(in, shape, sampling, backend.threads());
        NDArray d = distances ? backend.wrap(new HostArray(DType.FLOAT64, shape,
                CpuDistanceTransforms.distances(ft, shape, sampling, backend.threads()))) : null;
        NDArray i = indices ? backend.wrap(new HostArray(DType.INT32, featureShape(shape), ft)) : null;
        return new DistanceTransformResult(d, i);
    }

    @Override
    public DistanceTransformResult distanceTransformCdt(NDArray input, boolean[] metric, boolean distances,
            boolean indices) {
        backend.checkOpen();
        byte[] in = (byte[]) backend.host(input, "input").data();
        int[] shape = input.shape();
        int total = in.length;
        int[] dt = new int[total];
        int[] ft = new int[total];
        CpuDistanceTransforms.chamfer(in, shape, metric, dt, ft);
        NDArray d = distances ? backend.wrap(new HostArray(DType.INT32, shape, dt)) : null;
        NDArray i = null;
        if (indices) {
            int nd = shape.length;
            int[] coords = new int[nd * total];
            for (int k = 0; k < total; k++) {
                int rest = ft[k];
                for (int ax = nd - 1; ax >= 0; ax--) {
                    coords[ax * total + k] = rest % shape[ax];
                    rest /= shape[ax];
                }
            }
            i = backend.wrap(new HostArray(DType.INT32, featureShape(shape), coords));
        }
        return new DistanceTransformResult(d, i);
    }

    private static boolean positive(double[] v) {
        for (double x : v) {
            if (!(x > 0)) {
                return false;
            }
        }
        return true;
    }

    private static int[] featureShape(int[] shape) {
        int[] s = new int[shape.length + 1];
        s[0] = shape.length;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }
}
