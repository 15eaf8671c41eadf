package org.sciaccel.opencl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_mem;
import org.sciaccel.Backend;
import org.sciaccel.BackendException;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.array.OpenCLAstype;
import org.sciaccel.opencl.fft.OpenCLFftOps;
import org.sciaccel.opencl.ufunc.OpenCLUfuncOps;
import org.sciaccel.opencl.reduction.OpenCLReductionOps;
import org.sciaccel.opencl.shape.OpenCLShapeOps;
import org.sciaccel.opencl.creation.OpenCLCreationOps;
import org.sciaccel.opencl.sorting.OpenCLSortingOps;
import org.sciaccel.opencl.interpolation.OpenCLInterpolationOps;
import org.sciaccel.opencl.random.OpenCLRandomOps;
import org.sciaccel.opencl.formula.OpenCLFormulaOps;
import org.sciaccel.opencl.fourier.OpenCLFourierOps;
import org.sciaccel.opencl.splinecurve.OpenCLSplineCurveOps;
import org.sciaccel.opencl.fit.OpenCLFitOps;
import org.sciaccel.opencl.integrate.OpenCLOdeBatchOps;
import org.sciaccel.opencl.linalg.OpenCLLinalgOps;
import org.sciaccel.opencl.morphology.OpenCLMorphologyOps;
import org.sciaccel.opencl.ndimage.OpenCLNdimageOps;
import org.sciaccel.opencl.piecewise.OpenCLPiecewisePolyOps;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClDeviceInfo;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.HostTransfer;
import org.sciaccel.opencl.runtime.KernelCache;
import org.sciaccel.spi.ArrayStorage;
import org.sciaccel.spi.SplineCurveOps;
import org.sciaccel.spi.UfuncOps;
import org.sciaccel.spi.ReductionOps;
import org.sciaccel.spi.ShapeOps;
import org.sciaccel.spi.CreationOps;
import org.sciaccel.spi.SortingOps;
import org.sciaccel.spi.InterpolationOps;
import org.sciaccel.spi.RandomOps;
import org.sciaccel.spi.FormulaOps;
import org.sciaccel.spi.FourierOps;
import org.sciaccel.spi.FftOps;
import org.sciaccel.spi.FitOps;
import org.sciaccel.spi.OdeBatchOps;
import org.sciaccel.spi.LinalgOps;
import org.sciaccel.spi.MorphologyOps;
import org.sciaccel.spi.NdimageOps;
import org.sciaccel.spi.PiecewisePolyOps;
import org.sciaccel.spi.OpSets;

/**
 * The OpenCL backend on one device: one context, one in-order command queue, a {@link KernelCache},
 * and accounting of the device buffers of live arrays.
 *
 * <p>Safe for concurrent callers: OpenCL calls are thread-safe, kernel arguments are set and
 * enqueued atomically per kernel ({@link ClKernel}), and {@link #close()} waits for calls in
 * progress. Work is queued in order, so a result read back (blocking) has all earlier work done.
 *
 * <p>float64 and complex128 are available only where the device has double precision; the system
 * property {@value #DISABLE_FP64_PROPERTY}{@code =true} makes the backend behave as if it had not
 * (to test that path on any device).
 */
public final class OpenCLBackend implements Backend {
    /** System property: act as if the device had no double precision. */
    public static final String DISABLE_FP64_PROPERTY = "sciaccel.opencl.disableFp64";
    /** Every op of every family class. */
    private static final Set<String> OPS = OpSets.union(OpenCLNdimageOps.OPS, OpenCLMorphologyOps.OPS,
            OpenCLFftOps.OPS, OpenCLLinalgOps.OPS, OpenCLFitOps.OPS,
            OpenCLUfuncOps.OPS, OpenCLReductionOps.OPS, OpenCLShapeOps.OPS, OpenCLCreationOps.OPS,
            OpenCLSortingOps.OPS, OpenCLRandomOps.OPS, OpenCLFormulaOps.OPS, OpenCLInterpolationOps.OPS,
            OpenCLFourierOps.OPS, OpenCLPiecewisePolyOps.OPS, OpenCLOdeBatchOps.OPS,
            org.sciaccel.opencl.interpolate.OpenCLGridInterpolateOps.OPS,
            OpenCLSplineCurveOps.OPS,
            org.sciaccel.opencl.spatial.OpenCLDistanceOps.OPS,
            org.sciaccel.opencl.cluster.OpenCLClusterOps.OPS,
            // scikit-learn (issue 18)
            org.sciaccel.opencl.sklearn.OpenCLSklearnOps.OPS,
            // host algorithms (scipy.optimize on a scalar function) take every backend
            org.sciaccel.registry.OpRegistry.namesIn(org.sciaccel.registry.SpiFamily.HOST));
    /** Upper bound on work-group sizes we pick; the kernel's own limit is queried and applied too. */
    static final long WORK_GROUP_CAP = 256;

    private final ClDeviceInfo info;
    private final boolean fp64;
    private final boolean fp64Disabled;
    private final ClContext cl;
    private final OpenCLNdimageOps ndimage;
    private final OpenCLMorphologyOps morphology;
    private final OpenCLFftOps fft;
    private final OpenCLFitOps fit;
    private final OpenCLOdeBatchOps odeBatch;
    private final OpenCLUfuncOps ufunc;
    private final OpenCLReductionOps reduction;
    private final OpenCLShapeOps shape;
    private final OpenCLCreationOps creation;
    private final OpenCLSortingOps sorting;
    private final OpenCLInterpolationOps interpolation;
    private final OpenCLRandomOps random;
    private final OpenCLFormulaOps formula;
    private final OpenCLFourierOps fourier;
    private final org.sciaccel.opencl.interpolate.OpenCLGridInterpolateOps gridInterpolate;
    private final OpenCLSplineCurveOps splineCurve;
    private final org.sciaccel.opencl.spatial.OpenCLDistanceOps distance;
    private final org.sciaccel.opencl.cluster.OpenCLClusterOps cluster;
    private final org.sciaccel.opencl.sklearn.OpenCLSklearnOps sklearn;
    private final OpenCLLinalgOps linalg;
    private final OpenCLAstype astype;
    private final OpenCLPiecewisePolyOps piecewisePoly;

    /**
     * Creates a context and queue on {@code info}'s device.
     *
     * @param disableFp64 behave as if the device had no double precision
     * @throws BackendException if the context or queue cannot be created
     */
    public OpenCLBackend(ClDeviceInfo info, boolean disableFp64) {
        this.info = info;
        this.fp64Disabled = disableFp64 && info.fp64();
        this.fp64 = info.fp64() && !disableFp64;
        this.cl = new ClContext(info, fp64);
        this.ndimage = new OpenCLNdimageOps(this);
        this.morphology = new OpenCLMorphologyOps(this);
        this.fft = new OpenCLFftOps(this);
        this.fit = new OpenCLFitOps(this);
        this.odeBatch = new OpenCLOdeBatchOps(this);
        this.ufunc = new OpenCLUfuncOps(this);
        this.reduction = new OpenCLReductionOps(this);
        this.shape = new OpenCLShapeOps(this);
        this.creation = new OpenCLCreationOps(this);
        this.sorting = new OpenCLSortingOps(this);
        this.interpolation = new OpenCLInterpolationOps(this);
        this.random = new OpenCLRandomOps(this);
        this.formula = new OpenCLFormulaOps(this);
        this.fourier = new OpenCLFourierOps(this);
        this.gridInterpolate = new org.sciaccel.opencl.interpolate.OpenCLGridInterpolateOps(this);
        this.splineCurve = new OpenCLSplineCurveOps(this);
        this.distance = new org.sciaccel.opencl.spatial.OpenCLDistanceOps(this);
        this.cluster = new org.sciaccel.opencl.cluster.OpenCLClusterOps(this);
        this.sklearn = new org.sciaccel.opencl.sklearn.OpenCLSklearnOps(this);
        this.linalg = new OpenCLLinalgOps(this);
        this.astype = new OpenCLAstype(this);
        this.piecewisePoly = new OpenCLPiecewisePolyOps(this);
    }

    /** Whether {@value #DISABLE_FP64_PROPERTY} is set to true. */
    public static boolean fp64DisabledByProperty() {
        return Boolean.parseBoolean(System.getProperty(DISABLE_FP64_PROPERTY));
    }

    @Override
    public String name() {
        return "opencl";
    }

    /** The device name. */
    @Override
    public String device() {
        return info.name();
    }

    /** What discovery found about the device. */
    public ClDeviceInfo deviceInfo() {
        return info;
    }

    /** Whether double precision is in use (the device has it and it is not disabled). */
    public boolean hasFp64() {
        return fp64;
    }

    @Override
    public boolean supports(DType dtype) {
        return fp64 || !ClTypes.needsFp64(dtype);
    }

    /** Throws the backend's clear error for a dtype that needs fp64 on a device without it. */
    @Override
    public void requireSupported(DType dtype, String what) {
        if (!supports(dtype)) {
            throw new UnsupportedOperationException(what + ": dtype " + dtype + " is not supported on OpenCL device '"
                    + info.name() + "': no cl_khr_fp64 (double precision)"
                    + (fp64Disabled ? " - disabled by " + DISABLE_FP64_PROPERTY + "=true" : "")
                    + "; use float32, or the cpu backend");
        }
    }

    @Override
    public ArrayStorage upload(HostArray host) {
        if (host == null) {
            throw new IllegalArgumentException("upload: null host array");
        }
        requireSupported(host.dtype(), "upload");
        return guarded(() -> {
            long bytes = (long) host.size() * host.dtype().itemSize();
            // The buffer is the scope's until the copy has succeeded.
            try (DeviceScope scope = cl.scope()) {
                DeviceBuffer buffer = scope.allocate(bytes, host.dtype() + Shapes.toString(host.shape()));
                if (bytes > 0) {
                    cl.write(buffer.rawMem(), 0, bytes, HostTransfer.pointerTo(host.data()));
                }
                return scope.keep(buffer);
            }
        });
    }

    @Override
    public HostArray download(ArrayStorage storage, DType dtype, int[] shape) {
        DeviceBuffer buffer = bufferOf(storage, "download");
        return guarded(() -> {
            HostArray host = HostArray.zeros(dtype, shape);
            long bytes = (long) host.size() * dtype.itemSize();
            if (bytes != buffer.byteSize()) {
                throw new IllegalArgumentException("download: " + dtype + Shapes.toString(shape) + " needs " + bytes
                        + " bytes but the device buffer holds " + buffer.byteSize());
            }
            if (bytes > 0) {
                cl.read(buffer.mem(), 0, bytes, HostTransfer.pointerTo(host.data()));
            }
            return host;
        });
    }

    @Override
    public NDArray astype(NDArray input, DType dtype) {
        return guarded(() -> astype.convert(input, dtype));
    }

    @Override
    public Set<String> implementedOps() {
        return OPS;
    }

    @Override
    public NdimageOps ndimage() {
        return ndimage;
    }

    @Override
    public MorphologyOps morphology() {
        return morphology;
    }

    @Override
    public FftOps fft() {
        return fft;
    }

    @Override
    public LinalgOps linalg() {
        return linalg;
    }

    @Override
    public PiecewisePolyOps piecewisePoly() {
        return piecewisePoly;
    }

    @Override
    public FitOps fit() {
        return fit;
    }

    @Override
    public OdeBatchOps odeBatch() {
        return odeBatch;
    }

    @Override
    public UfuncOps ufunc() {
        return ufunc;
    }

    @Override
    public ReductionOps reduction() {
        return reduction;
    }

    @Override
    public ShapeOps shape() {
        return shape;
    }

    @Override
    public CreationOps creation() {
        return creation;
    }

    @Override
    public SortingOps sorting() {
        return sorting;
    }

    @Override
    public InterpolationOps interpolation() {
        return interpolation;
    }

    @Override
    public SplineCurveOps splineCurve() {
        return splineCurve;
    }

    @Override
    public org.sciaccel.spi.DistanceOps distance() {
        return distance;
    }

    @Override
    public org.sciaccel.spi.ClusterOps cluster() {
        return cluster;
    }

    @Override
    public org.sciaccel.spi.SklearnOps sklearn() {
        return sklearn;
    }

    @Override
    public RandomOps random() {
        return random;
    }

    @Override
    public FormulaOps formula() {
        return formula;
    }

    @Override
    public FourierOps fourier() {
        return fourier;
    }

    @Override
    public org.sciaccel.spi.GridInterpolateOps gridInterpolate() {
        return gridInterpolate;
    }

    @Override
    public long bytesToBackend() {
        return cl.bytesToDevice();
    }

    @Override
    public long bytesFromBackend() {
        return cl.bytesFromDevice();
    }

    @Override
    public void synchronize() {
        guarded(() -> {
            cl.awaitQueue("synchronize");
            return null;
        });
    }

    @Override
    public long liveAllocations() {
        return cl.liveAllocations();
    }

    @Override
    public long liveBytes() {
        return cl.liveBytes();
    }

    /** Programs built so far by this backend's kernel cache. */
    public long kernelBuilds() {
        return cl.kernels().buildCount();
    }

    /** Milliseconds the OpenCL compiler has spent on this backend's kernels. */
    public long kernelBuildMillis() {
        return cl.kernels().buildMillis();
    }

    /** Releases every live buffer, the programs, the queue and the context. Waits for calls in progress. */
    @Override
    public void close() {
        cl.close(fft::releaseCache);
    }

    @Override
    public boolean isClosed() {
        return cl.isClosed();
    }

    @Override
    public String toString() {
        return "OpenCLBackend(" + info.name() + (fp64 ? "" : ", no fp64") + (cl.isClosed() ? ", closed" : "") + ")";
    }

    // ---- for the op classes of the family packages ----

    /** The device runtime: kernels, queue, allocation and launches. */
    public ClContext cl() {
        return cl;
    }

    /** Runs {@code body} while the backend cannot be closed underneath it. */
    public <T> T guarded(Supplier<T> body) {
        return cl.guarded(body);
    }

    /** The device buffer behind an array, which must live on this backend. */
    public DeviceBuffer bufferOf(NDArray array, String what) {
        if (array.backend() != this) {
            throw new IllegalArgumentException(what + ": the array lives on backend " + array.backend().name() + " ("
                    + array.backend().device() + "), not on opencl (" + info.name() + "); copy it with a.to(backend)");
        }
        return bufferOf(array.storage(), what);
    }

    private DeviceBuffer bufferOf(ArrayStorage storage, String what) {
        if (!(storage instanceof DeviceBuffer b) || b.owner() != cl) {
            throw new IllegalArgumentException(what + ": the storage does not belong to this OpenCL backend ("
                    + info.name() + ")");
        }
        return b;
    }
}
