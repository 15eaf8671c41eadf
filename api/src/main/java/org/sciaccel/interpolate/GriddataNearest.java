package org.sciaccel.interpolate;

import java.util.Arrays;
import java.util.Comparator;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code griddata(method='nearest')} on the host: 1-D data as {@code interp1d(kind='nearest',
 * fill_value='extrapolate')} over the sorted points, n-D data by an exhaustive nearest-neighbour search in
 * squared Euclidean distance (summed over the axes in order, as the k-d tree sums them), the first point
 * of smallest distance winning.
 */
final class GriddataNearest {
    private GriddataNearest() {
    }

    static NDArray griddata(NDArray points, NDArray values, NDArray xi, String method) {
        int[] ps = points.shape();
        int ndim = ps.length < 2 ? ps.length : ps[ps.length - 1];
        if (!method.equals("nearest")) {
            if (method.equals("linear") || method.equals("cubic")) {
                throw new UnsupportedOperationException("method: griddata(method='" + method + "') is not implemented"
                        + " by sciaccel; only 'nearest'");
            }
            throw new IllegalArgumentException("method: Unknown interpolation method '" + method + "' for " + ndim
                    + " dimensional data");
        }
        if (ps.length == 0) {
            throw new IllegalArgumentException("points: a 0-d points array has no data points");
        }
        int npts = ps.length == 1 ? ps[0] : HostShapes.size(ps) / Math.max(1, ndim);
        int[] vs = values.shape();
        if (vs.length == 0 || vs[0] != npts) {
            throw new IllegalArgumentException("values: " + Arrays.toString(vs) + " does not hold one value per point ("
                    + npts + " points)");
        }
        if (npts == 0) {
            throw new IllegalArgumentException("points: no data points");
        }
        double[] p = points.toDoubleArray();
        double[] q = xi.toDoubleArray();
        HostArray hv = values.toHost();
        int per = HostShapes.product(vs, 1);
        int[] trailing = Arrays.copyOfRange(vs, 1, vs.length);
        int[] idx;
        int[] lead;
        HostArray src = hv;
        if (ndim == 1) {
            // interp1d casts non-inexact values to float64
            if (!(hv.dtype() == DType.FLOAT32 || hv.dtype() == DType.FLOAT64 || hv.dtype() == DType.FLOAT16)) {
                src = hv.astype(DType.FLOAT64);
            }
            Integer[] order = new Integer[npts];
            for (int i = 0; i < npts; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
            double[] xs = new double[npts];
            for (int i = 0; i < npts; i++) {
                xs[i] = p[order[i]];
            }
            double[] bds = new double[npts - 1];
            for (int i = 0; i < npts - 1; i++) {
                bds[i] = (xs[i + 1] + xs[i]) / 2.0;
            }
            lead = xi.shape();
            idx = new int[q.length];
            for (int j = 0; j < q.length; j++) {
                double v = q[j];
                // searchsorted(side='left'): the first boundary >= v; NaN sorts last
                int lo = 0;
                int hi = bds.length;
                if (Double.isNaN(v)) {
                    lo = bds.length;
                } else {
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (bds[mid] < v) {
                            lo = mid + 1;
                        } else {
                            hi = mid;
                        }
                    }
                }
                idx[j] = order[lo];
            }
        } else {
            int[] xs = xi.shape();
            if (xs.length == 1) {
                if (xs[0] % ndim != 0) {
                    throw new IllegalArgumentException("xi: cannot reshape array of size " + xs[0] + " into shape (-1, "
                            + ndim + ")");
                }
                xs = new int[] {xs[0] / ndim, ndim};
            }
            if (xs.length == 0 || xs[xs.length - 1] != ndim) {
                throw new IllegalArgumentException("xi: number of dimensions in xi does not match x (xi has shape "
                        + Arrays.toString(xi.shape()) + ", the points " + ndim + " dimensions)");
            }
            lead = Arrays.copyOf(xs, xs.length - 1);
            int nq = q.length / ndim;
            idx = new int[nq];
            for (int j = 0; j < nq; j++) {
                double best = Double.POSITIVE_INFINITY;
                int bi = -1;
                for (int i = 0; i < npts; i++) {
                    double d = 0.0;
                    for (int a = 0; a < ndim; a++) {
                        double diff = p[i * ndim + a] - q[j * ndim + a];
                        d += diff * diff;
                    }
                    if (d < best) {
                        best = d;
                        bi = i;
                    }
                }
                if (bi < 0) {
                    throw new IllegalArgumentException("xi: point " + j + " has no nearest data point (NaN or infinite"
                            + " coordinates)");
                }
                idx[j] = bi;
            }
        }
        int[] outShape = new int[lead.length + trailing.length];
        System.arraycopy(lead, 0, outShape, 0, lead.length);
        System.arraycopy(trailing, 0, outShape, lead.length, trailing.length);
        HostArray out = HostArray.zeros(src.dtype(), outShape);
        int w = src.dtype().isComplex() ? 2 : 1;
        for (int j = 0; j < idx.length; j++) {
            System.arraycopy(src.data(), idx[j] * per * w, out.data(), j * per * w, per * w);
        }
        return NDArray.fromHost(points.backend(), out);
    }
}
