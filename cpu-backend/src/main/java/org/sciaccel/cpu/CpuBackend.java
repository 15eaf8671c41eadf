package org.sciaccel.cpu;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cpu.fft.CpuFftOps;
import org.sciaccel.cpu.ufunc.CpuUfuncOps;
import org.sciaccel.cpu.reduction.CpuReductionOps;
import org.sciaccel.cpu.shape.CpuShapeOps;
import org.sciaccel.cpu.creation.CpuCreationOps;
import org.sciaccel.cpu.sorting.CpuSortingOps;
import org.sciaccel.cpu.interpolation.CpuInterpolationOps;
import org.sciaccel.cpu.random.CpuRandomOps;
import org.sciaccel.cpu.formula.CpuFormulaOps;
import org.sciaccel.cpu.fit.CpuFitOps;
import org.sciaccel.cpu.integrate.CpuOdeBatchOps;
import org.sciaccel.cpu.fourier.CpuFourierOps;
import org.sciaccel.cpu.linalg.CpuLinalgOps;
import org.sciaccel.cpu.morphology.CpuMorphologyOps;
import org.sciaccel.cpu.ndimage.CpuNdimageOps;
import org.sciaccel.cpu.piecewise.CpuPiecewisePolyOps;
import org.sciaccel.spi.ArrayStorage;
import org.sciaccel.spi.UfuncOps;
import org.sciaccel.spi.ReductionOps;
import org.sciaccel.spi.ShapeOps;
import org.sciaccel.spi.CreationOps;
import org.sciaccel.spi.SortingOps;
import org.sciaccel.spi.InterpolationOps;
import org.sciaccel.spi.RandomOps;
import org.sciaccel.spi.FormulaOps;
import org.sciaccel.spi.FftOps;
import org.sciaccel.spi.FitOps;
import org.sciaccel.spi.OdeBatchOps;
import org.sciaccel.spi.FourierOps;
import org.sciaccel.spi.LinalgOps;
import org.sciaccel.spi.MorphologyOps;
import org.sciaccel.spi.NdimageOps;
import org.sciaccel.spi.PiecewisePolyOps;
import org.sciaccel.cpu.splinecurve.CpuSplineCurveOps;
import org.sciaccel.spi.SplineCurveOps;
import org.sciaccel.spi.OpSets;

/**
 * The reference backend: arrays live in the Java heap as {@link HostArray}s and operations run in
 * plain, multithreaded Java. Every {@link DType} is supported.
 */
public final class CpuBackend implements Backend {
    /** The name the backend is selected by. */
    public static final String NAME = "cpu";

    /** Every op of every family class. */
    private static final Set<String> OPS = OpSets.union(CpuNdimageOps.OPS, CpuMorphologyOps.OPS, CpuFftOps.OPS,
            CpuLinalgOps.OPS, CpuFitOps.OPS,
            CpuUfuncOps.OPS, CpuReductionOps.OPS, CpuShapeOps.OPS, CpuCreationOps.OPS,
            CpuSortingOps.OPS, CpuRandomOps.OPS, CpuFormulaOps.OPS, CpuInterpolationOps.OPS, CpuFourierOps.OPS,
            org.sciaccel.cpu.interpolate.CpuGridInterpolateOps.OPS,
            CpuPiecewisePolyOps.OPS,
            CpuOdeBatchOps.OPS,
            CpuSplineCurveOps.OPS,
            org.sciaccel.cpu.spatial.CpuDistanceOps.OPS,
            org.sciaccel.cpu.cluster.CpuClusterOps.OPS,
            // scikit-learn (issue 18)
            org.sciaccel.cpu.sklearn.CpuSklearnOps.OPS,
            // host algorithms (scipy.optimize on a scalar function) take every backend
            org.sciaccel.registry.OpRegistry.namesIn(org.sciaccel.registry.SpiFamily.HOST));

    private final CpuThreads threads;
    private final AtomicLong liveCount = new AtomicLong();
    private final AtomicLong liveBytes = new AtomicLong();
    /** Bytes copied in by upload and out by download; adopted and handed-over arrays are not copies. */
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final CpuNdimageOps ndimage;
    private final CpuMorphologyOps morphology;
    private final CpuFftOps fft;
    private final CpuLinalgOps linalg;
    private final CpuFitOps fit;
    private final CpuOdeBatchOps odeBatch;
    private final CpuUfuncOps ufunc;
    private final CpuReductionOps reduction;
    private final CpuShapeOps shape;
    private final CpuCreationOps creation;
    private final CpuSortingOps sorting;
    private final CpuInterpolationOps interpolation;
    private final CpuRandomOps random;
    private final CpuFormulaOps formula;
    private final CpuFourierOps fourier;
    private final org.sciaccel.cpu.interpolate.CpuGridInterpolateOps gridInterpolate;
    private final CpuPiecewisePolyOps piecewisePoly;
    private final CpuSplineCurveOps splineCurve;
    private final org.sciaccel.cpu.spatial.CpuDistanceOps distance;
    private final org.sciaccel.cpu.cluster.CpuClusterOps cluster;
    private final org.sciaccel.cpu.sklearn.CpuSklearnOps sklearn;
    private volatile boolean closed;
    private final ArrayPool arrays = new ArrayPool();

    /** A backend on the shared pool (sized by {@value CpuThreads#THREADS_PROPERTY}). */
    public CpuBackend() {
        this(CpuThreads.shared());
    }

    /** A backend with a private pool of {@code threads} workers, shut down on {@link #close()}. */
    public CpuBackend(int threads) {
        this(CpuThreads.newPrivate(threads));
    }

    private CpuBackend(CpuThreads threads) {
        this.threads = threads;
        this.ndimage = new CpuNdimageOps(this);
        this.morphology = new CpuMorphologyOps(this);
        this.fft = new CpuFftOps(this);
        this.linalg = new CpuLinalgOps(this);
        this.fit = new CpuFitOps(this);
        this.odeBatch = new CpuOdeBatchOps(this);
        this.ufunc = new CpuUfuncOps(this);
        this.reduction = new CpuReductionOps(this);
        this.shape = new CpuShapeOps(this);
        this.creation = new CpuCreationOps(this);
        this.sorting = new CpuSortingOps(this);
        this.interpolation = new CpuInterpolationOps(this);
        this.random = new CpuRandomOps(this);
        this.formula = new CpuFormulaOps(this);
        this.fourier = new CpuFourierOps(this);
        this.gridInterpolate = new org.sciaccel.cpu.interpolate.CpuGridInterpolateOps(this);
        this.piecewisePoly = new CpuPiecewisePolyOps(this);
        this.splineCurve = new CpuSplineCurveOps(this);
        this.distance = new org.sciaccel.cpu.spatial.CpuDistanceOps(this);
        this.cluster = new org.sciaccel.cpu.cluster.CpuClusterOps(this);
        this.sklearn = new org.sciaccel.cpu.sklearn.CpuSklearnOps(this);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String device() {
        return "Java " + Runtime.version().feature() + ", " + threads + " on " + System.getProperty("os.arch");
    }

    @Override
    public boolean supports(DType dtype) {
        return dtype != null;
    }

    @Override
    public ArrayStorage upload(HostArray host) {
        checkOpen();
        if (host == null) {
            throw new IllegalArgumentException("upload: null host array");
        }
        bytesIn.addAndGet((long) host.size() * host.dtype().itemSize());
        return store(host.copy());
    }

    /** The host array becomes the storage: the caller has handed it over (see {@link Backend#adopt}). */
    @Override
    public ArrayStorage adopt(HostArray host) {
        checkOpen();
        return store(host);
    }

    @Override
    public HostArray download(ArrayStorage storage, DType dtype, int[] shape) {
        checkOpen();
        // Copied below, so the array itself stays unseen (and recyclable).
        HostArray h = shaped(peekOf(storage, "storage"), dtype, shape, "download");
        bytesOut.addAndGet((long) h.size() * dtype.itemSize());
        return h.copy();
    }

    /** The storage's array itself: its NDArray is closed right after, so nothing else reads or writes it. */
    @Override
    public HostArray downloadReleased(ArrayStorage storage, DType dtype, int[] shape) {
        checkOpen();
        return shaped(hostOf(storage, "storage"), dtype, shape, "download");
    }

    /**
     * The storage's values as {@code dtype} and {@code shape}: the array itself when the shapes
     * agree, else a host array of that shape over the same primitive array (a view of another
     * shape shares its storage, see {@link NDArray#viewAs}).
     */
    private static HostArray shaped(HostArray h, DType dtype, int[] shape, String what) {
        if (h.dtype() != dtype || h.size() != Shapes.size(shape)) {
            throw new IllegalArgumentException(what + ": storage holds " + h.dtype() + " " + Shapes.toString(h.shape())
                    + " but " + dtype + " " + Shapes.toString(shape) + " was asked for");
        }
        return Arrays.equals(h.shape(), shape) ? h : new HostArray(dtype, shape, h.data());
    }

    @Override
    public NDArray astype(NDArray input, DType dtype) {
        checkOpen();
        HostArray converted = host(input, "input").astype(dtype);
        return wrap(converted);
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
    public PiecewisePolyOps piecewisePoly() {
        return piecewisePoly;
    }

    @Override
    public long bytesToBackend() {
        return bytesIn.get();
    }

    @Override
    public long bytesFromBackend() {
        return bytesOut.get();
    }

    @Override
    public void synchronize() {
        // Operations complete before they return; nothing is queued.
    }

    @Override
    public long liveAllocations() {
        return liveCount.get();
    }

    @Override
    public long liveBytes() {
        return liveBytes.get();
    }

    /** Shuts down a private pool; a backend on the shared pool leaves it running for others. */
    @Override
    public void close() {
        closed = true;
        arrays.clear();
        threads.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "CpuBackend(" + device() + ")";
    }

    // ---- for the family op classes (org.sciaccel.cpu.<family>) ----

    /** The pool the family op classes split their work across. */
    public CpuThreads threads() {
        return threads;
    }

    /**
     * The host array behind an array of this backend (not a copy), with the array's shape: a view
     * ({@link NDArray#viewAs}) gets a host array of its own shape over the shared primitive array.
     */
    public HostArray host(NDArray array, String param) {
        if (array.backend() != this) {
            throw new IllegalArgumentException(param + ": the array lives on backend " + array.backend().name()
                    + " (" + array.backend().device() + "), not on this cpu backend; copy it with to(backend)");
        }
        return shaped(hostOf(array.storage(), param), array.dtype(), array.shape(), param);
    }

    /**
     * The host array behind an array of this backend, like {@link #host}, for an op that only reads it during
     * the call and returns nothing that shares it (the element-wise engine): a result array read this way can
     * still be recycled ({@link ArrayPool}) when it is closed.
     */
    public HostArray hostForCall(NDArray array, String param) {
        if (array.backend() != this) {
            return host(array, param);
        }
        return shaped(peekOf(array.storage(), param), array.dtype(), array.shape(), param);
    }

    /** Recycled result memory ({@link ArrayPool}): for results that are overwritten entirely. */
    public ArrayPool arrays() {
        return arrays;
    }

    /**
     * Wraps a freshly computed host array whose primitive array nothing else references (ownership passes to
     * the new NDArray); once closed, and unless an op took the array itself meanwhile, the array is recycled.
     */
    public NDArray wrapRecyclable(HostArray result) {
        CpuStorage s = store(result);
        s.recycleTo(arrays);
        return NDArray.wrap(this, result.dtype(), result.shape(), s);
    }

    /** Wraps a freshly computed host array (ownership passes to the new NDArray). */
    public NDArray wrap(HostArray result) {
        return NDArray.wrap(this, result.dtype(), result.shape(), store(result));
    }

    /** Throws {@link IllegalStateException} once the backend is closed. */
    public void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the cpu backend (" + device() + ") is closed");
        }
    }

    private CpuStorage store(HostArray host) {
        return new CpuStorage(host, liveCount, liveBytes);
    }

    private static HostArray peekOf(ArrayStorage storage, String param) {
        if (!(storage instanceof CpuStorage)) {
            return hostOf(storage, param);
        }
        return ((CpuStorage) storage).peek();
    }

    private static HostArray hostOf(ArrayStorage storage, String param) {
        if (!(storage instanceof CpuStorage)) {
            throw new IllegalArgumentException(param + ": " + (storage == null ? "null" : storage.getClass().getName())
                    + " is not cpu backend storage");
        }
        return ((CpuStorage) storage).host();
    }
}
