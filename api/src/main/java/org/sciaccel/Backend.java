package org.sciaccel;

import java.util.Set;
import org.sciaccel.spi.ArrayStorage;
import org.sciaccel.spi.UfuncOps;
import org.sciaccel.spi.ReductionOps;
import org.sciaccel.spi.ShapeOps;
import org.sciaccel.spi.CreationOps;
import org.sciaccel.spi.SortingOps;
import org.sciaccel.spi.RandomOps;
import org.sciaccel.spi.FormulaOps;
import org.sciaccel.spi.FftOps;
import org.sciaccel.spi.FitOps;
import org.sciaccel.spi.GridInterpolateOps;
import org.sciaccel.spi.InterpolationOps;
import org.sciaccel.spi.FourierOps;
import org.sciaccel.spi.LinalgOps;
import org.sciaccel.spi.MorphologyOps;
import org.sciaccel.spi.NdimageOps;
import org.sciaccel.spi.PiecewisePolyOps;
import org.sciaccel.spi.OdeBatchOps;
import org.sciaccel.spi.SplineCurveOps;

/**
 * A place where arrays live and operations run: the CPU backend, or one OpenCL device.
 *
 * <p>Get one from {@link Backends}. Arrays created on a backend stay there; operations on them
 * run there and leave their results there. A backend owns device resources and is closed with
 * {@link #close()} (the shared instances from {@link Backends#get} are closed at JVM exit).
 *
 * <p>This interface is also what a backend implements; the op-family interfaces it returns
 * ({@link #ndimage()}, ...) are in {@code org.sciaccel.spi}.
 */
public interface Backend extends AutoCloseable {

    /** The backend's name as used for selection ({@link Backends#get(String)}), e.g. {@value Backends#FALLBACK_NAME}. */
    String name();

    /** The device this backend computes on, in words (e.g. the OpenCL device name). */
    String device();

    /** Whether arrays of this dtype can live on this backend (an OpenCL device may lack float64). */
    boolean supports(DType dtype);

    /**
     * Throws {@link UnsupportedOperationException} naming {@code param}, the dtype, the device and
     * the reason when {@link #supports(DType)} is false; backends override it to give their reason.
     */
    default void requireSupported(DType dtype, String param) {
        if (!supports(dtype)) {
            throw new UnsupportedOperationException(param + ": dtype " + dtype + " is not supported on backend "
                    + name() + " (" + device() + ")");
        }
    }

    /**
     * Copies a host array into storage owned by this backend.
     *
     * @throws UnsupportedOperationException if the dtype is not supported here
     * @throws BackendException if the device is out of memory (with the bytes asked and available)
     */
    ArrayStorage upload(HostArray host);

    /**
     * As {@link #upload}, for a host array the caller hands over and never touches again: a backend
     * whose storage is host memory (the CPU backend) keeps it as it is instead of copying it, so a
     * large array does not exist twice while it is handed in. Others upload it.
     */
    default ArrayStorage adopt(HostArray host) {
        return upload(host);
    }

    /** Copies an array of this backend back to the host. */
    HostArray download(ArrayStorage storage, DType dtype, int[] shape);

    /**
     * As {@link #download}, for storage that is released right after (its array is being closed): a
     * backend whose storage is host memory (the CPU backend) hands its array over instead of copying
     * it, so a large result does not exist twice.
     */
    default HostArray downloadReleased(ArrayStorage storage, DType dtype, int[] shape) {
        return download(storage, dtype, shape);
    }

    /** Converts an array of this backend to another dtype, as {@link Casting} stores values; the result stays here. */
    NDArray astype(NDArray input, DType dtype);

    /** SciPy-qualified names of the public operations this backend implements natively. */
    Set<String> implementedOps();

    /** The ndimage filter operations of this backend. */
    NdimageOps ndimage();

    /** The ndimage morphology, labeling and measurement operations of this backend. */
    default MorphologyOps morphology() {
        throw new UnsupportedOperationException("backend " + name() + " has no morphology operations");
    }

    /** The ndimage spline interpolation operations of this backend (spline filters, affine, zoom/shift, coordinates). */
    default InterpolationOps interpolation() {
        throw new UnsupportedOperationException("backend " + name() + " has no interpolation operations");
    }

    /** The FFT operations of this backend. */
    default FftOps fft() {
        throw new UnsupportedOperationException("backend " + name() + " has no FFT operations");
    }

    /** The linear-algebra operations of this backend. */
    default LinalgOps linalg() {
        throw new UnsupportedOperationException("backend " + name() + " has no linear-algebra operations");
    }

    /** FITPACK spline-curve evaluation (splev, UnivariateSpline) of this backend. */
    default SplineCurveOps splineCurve() {
        throw new UnsupportedOperationException("backend " + name() + " has no spline-curve operations");
    }

    /** scipy.spatial.distance's pairwise distances and squareform of this backend. */
    default org.sciaccel.spi.DistanceOps distance() {
        throw new UnsupportedOperationException("backend " + name() + " has no distance operations");
    }

    /** scikit-learn's kernels of this backend (DBSCAN; issue 18). */
    default org.sciaccel.spi.SklearnOps sklearn() {
        throw new UnsupportedOperationException("backend " + name() + " has no scikit-learn operations");
    }

    /** scipy.cluster.vq's assignment and cluster means of this backend. */
    default org.sciaccel.spi.ClusterOps cluster() {
        throw new UnsupportedOperationException("backend " + name() + " has no clustering operations");
    }

    /** The curve-fitting operations of this backend. */
    default FitOps fit() {
        throw new UnsupportedOperationException("backend " + name() + " has no curve-fitting operations");
    }

    /** scipy.interpolate's evaluation at many points: B-splines and RegularGridInterpolator's linear/nearest. */
    default GridInterpolateOps gridInterpolate() {
        throw new UnsupportedOperationException("backend " + name() + " has no grid-interpolation operations");
    }

    /** scipy.interpolate's piecewise polynomials (PPoly, CubicSpline, interp1d, ...): evaluation at many points. */
    default PiecewisePolyOps piecewisePoly() {
        throw new UnsupportedOperationException("backend " + name() + " has no piecewise-polynomial operations");
    }

    /** The batched ODE integrations of this backend. */
    default OdeBatchOps odeBatch() {
        throw new UnsupportedOperationException("backend " + name() + " has no batched ODE operations");
    }

    /** NumPy's element-wise functions (ufuncs), comparison and logic. */
    default UfuncOps ufunc() {
        throw new UnsupportedOperationException("backend " + name() + " has no ufunc operations");
    }

    /** NumPy's reductions and accumulations over axes. */
    default ReductionOps reduction() {
        throw new UnsupportedOperationException("backend " + name() + " has no reduction operations");
    }

    /** NumPy's shape manipulation and indexing. */
    default ShapeOps shape() {
        throw new UnsupportedOperationException("backend " + name() + " has no shape operations");
    }

    /** NumPy's array creation on a chosen backend. */
    default CreationOps creation() {
        throw new UnsupportedOperationException("backend " + name() + " has no creation operations");
    }

    /** NumPy's sorting, searching and statistics. */
    default SortingOps sorting() {
        throw new UnsupportedOperationException("backend " + name() + " has no sorting operations");
    }

    /** NumPy's random numbers (Philox, the same stream on every backend). */
    default RandomOps random() {
        throw new UnsupportedOperationException("backend " + name() + " has no random operations");
    }

    /** Formula kernels (numpy.evaluate): fused element-wise expressions and reductions. */
    default FormulaOps formula() {
        throw new UnsupportedOperationException("backend " + name() + " has no formula operations");
    }

    /** ndimage's Fourier-domain filters. */
    default FourierOps fourier() {
        throw new UnsupportedOperationException("backend " + name() + " has no Fourier-filter operations");
    }

    /**
     * Bytes copied from the host into this backend's arrays since it was created ({@link #upload},
     * {@link #adopt} where it copies): what a pipeline moved to the device, for tests and the demo.
     */
    long bytesToBackend();

    /** Bytes copied from this backend's arrays to the host since it was created ({@link #download}). */
    long bytesFromBackend();

    /** Waits until all work queued on this backend has finished. */
    void synchronize();

    /** Number of arrays currently allocated on this backend and not yet closed. */
    long liveAllocations();

    /** Bytes held by arrays currently allocated on this backend. */
    long liveBytes();

    /**
     * Releases the backend's resources. Arrays still open on it become unusable. Closing a shared
     * instance from {@link Backends#get} is allowed ({@code try (Backend b = Backends.get("opencl"))}):
     * the next {@code Backends.get} of that name creates a new one.
     */
    @Override
    void close();

    /** Whether {@link #close()} has been called; a closed backend refuses new work. */
    boolean isClosed();
}
