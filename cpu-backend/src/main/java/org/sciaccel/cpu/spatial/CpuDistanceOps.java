package org.sciaccel.cpu.spatial;

import java.lang.reflect.Array;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.DistanceOps;

/**
 * The CPU backend's scipy.spatial.distance: cdist split by rows of XA over the pool, pdist by pairs of rows
 * (i, m-1-i), which hold m-1 pairs together, so that the chunks are even; every pair through
 * {@link DistanceMetric#between} (SciPy's arithmetic), cosine and correlation from the rows' norms computed
 * once (correlation's rows centred on their means first, as SciPy does). squareform copies elements.
 */
public final class CpuDistanceOps implements DistanceOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.DISTANCE);

    /** Doubles of XB per cache block (16 KiB). */
    private static final int BLOCK_DOUBLES = 2048;

    private final CpuBackend backend;

    public CpuDistanceOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray cdist(NDArray xa, NDArray xb, DistanceMetric metric) {
        backend.checkOpen();
        int ma = xa.shape(0);
        int mb = xb.shape(0);
        int n = xa.shape(1);
        Rows a = Rows.of(backend.host(xa, "XA"), metric, n);
        Rows b = Rows.of(backend.host(xb, "XB"), metric, n);
        double[] out = backend.arrays().doubles(ma * mb); // every element is written
        boolean fast = PairLoops.covers(metric);
        double[] lanes = fast && lanesUsable() ? CpuLaneDistances.interleave(b.x, mb, n) : null;
        // XB in blocks that stay in the core's first-level cache while a chunk's rows of XA pass over them
        // (a multiple of 8 rows, the SIMD loop's step)
        int block = Math.max(8, BLOCK_DOUBLES / Math.max(1, n) / 8 * 8);
        backend.threads().parallelFor(ma, (long) ma * mb * Math.max(1, n), (from, to) -> {
            double[] buf = new double[n];
            for (int j0 = 0; j0 < mb; j0 += block) {
                int j1 = Math.min(mb, j0 + block);
                for (int i = from; i < to; i++) {
                    if (fast) {
                        fastRow(metric, a.x, i * n, b.x, lanes, j0, j1, n, out, i * mb + j0);
                        continue;
                    }
                    for (int j = j0; j < j1; j++) {
                        out[i * mb + j] = metric.between(a.x, i * n, b.x, j * n, n, a.norm(i), b.norm(j), buf);
                    }
                }
            }
        });
        return backend.wrapRecyclable(new HostArray(DType.FLOAT64, new int[] {ma, mb}, out));
    }

    @Override
    public NDArray pdist(NDArray x, DistanceMetric metric) {
        backend.checkOpen();
        int m = x.shape(0);
        int n = x.shape(1);
        Rows r = Rows.of(backend.host(x, "X"), metric, n);
        double[] lanes = PairLoops.covers(metric) && lanesUsable() ? CpuLaneDistances.interleave(r.x, m, n) : null;
        double[] out = backend.arrays().doubles((int) ((long) m * (m - 1) / 2)); // every element is written
        int halves = (m + 1) / 2;
        backend.threads().parallelFor(halves, (long) out.length * Math.max(1, n), (from, to) -> {
            double[] buf = new double[n];
            for (int h = from; h < to; h++) {
                row(r, lanes, metric, h, m, n, out, buf);
                if (m - 1 - h != h) {
                    row(r, lanes, metric, m - 1 - h, m, n, out, buf);
                }
            }
        });
        return backend.wrapRecyclable(new HostArray(DType.FLOAT64, new int[] {out.length}, out));
    }

    /** The pairs (i, j > i): condensed entries from m i - i(i+1)/2 on. */
    private static void row(Rows r, double[] lanes, DistanceMetric metric, int i, int m, int n, double[] out,
            double[] buf) {
        int k = (int) ((long) m * i - (long) i * (i + 1) / 2);
        if (PairLoops.covers(metric)) {
            fastRow(metric, r.x, i * n, r.x, lanes, i + 1, m, n, out, k);
            return;
        }
        for (int j = i + 1; j < m; j++) {
            out[k++] = metric.between(r.x, i * n, r.x, j * n, n, r.norm(i), r.norm(j), buf);
        }
    }

    /**
     * Row u of a against rows [from, to) of b (interleaved in {@code lanes} when the SIMD loops run): the scalar
     * loops up to the first multiple of 4, the SIMD loops over whole groups, the scalar loops for the rest.
     */
    private static void fastRow(DistanceMetric metric, double[] a, int u, double[] b, double[] lanes, int from,
            int to, int n, double[] out, int o) {
        if (lanes == null) {
            PairLoops.row(metric.kind(), a, u, b, from, to, n, out, o);
            return;
        }
        int aligned = Math.min(to, (from + 3) & ~3);
        PairLoops.row(metric.kind(), a, u, b, from, aligned, n, out, o);
        int done = CpuLaneDistances.row(metric.kind(), a, u, lanes, aligned, to, n, out, o + aligned - from);
        PairLoops.row(metric.kind(), a, u, b, done, to, n, out, o + done - from);
    }

    private static boolean lanesUsable() {
        return CpuSimd.enabled() && LaneCheck.USABLE;
    }

    /** Loads the vector-API class only once the module is known to be there (see CpuSimd). */
    private static final class LaneCheck {
        static final boolean USABLE = CpuSimd.modulePresent() && CpuLaneDistances.usable();
    }

    @Override
    public NDArray squareformToMatrix(NDArray v, int d) {
        backend.checkOpen();
        HostArray in = backend.host(v, "X");
        int lanes = in.dtype().isComplex() ? 2 : 1;
        Object src = in.data();
        Object dst = Array.newInstance(src.getClass().getComponentType(), d * d * lanes);
        int k = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++, k++) {
                System.arraycopy(src, k * lanes, dst, (i * d + j) * lanes, lanes);
                System.arraycopy(src, k * lanes, dst, (j * d + i) * lanes, lanes);
            }
        }
        return backend.wrap(new HostArray(in.dtype(), new int[] {d, d}, dst));
    }

    @Override
    public NDArray squareformToVector(NDArray x) {
        backend.checkOpen();
        HostArray in = backend.host(x, "X");
        int d = x.shape(0);
        int lanes = in.dtype().isComplex() ? 2 : 1;
        Object src = in.data();
        Object dst = Array.newInstance(src.getClass().getComponentType(), d * (d - 1) / 2 * lanes);
        int k = 0;
        for (int i = 0; i < d; i++) {
            int len = (d - 1 - i) * lanes;
            System.arraycopy(src, (i * d + i + 1) * lanes, dst, k, len);
            k += len;
        }
        return backend.wrap(new HostArray(in.dtype(), new int[] {d * (d - 1) / 2}, dst));
    }

    /** Row-major float64 points, centred for correlation, with their norms for cosine and correlation. */
    private record Rows(double[] x, double[] norms) {
        static Rows of(HostArray h, DistanceMetric metric, int n) {
            double[] x = (double[]) h.data();
            int m = n == 0 ? 0 : x.length / n;
            if (metric.centred()) {
                double[] c = new double[x.length];
                for (int i = 0; i < m; i++) {
                    double mean = 0;
                    for (int k = 0; k < n; k++) {
                        mean += x[i * n + k];
                    }
                    mean /= n;
                    for (int k = 0; k < n; k++) {
                        c[i * n + k] = x[i * n + k] - mean;
                    }
                }
                x = c;
            }
            double[] norms = null;
            if (metric.kind() == DistanceMetric.Kind.COSINE || metric.centred()) {
                norms = new double[m];
                for (int i = 0; i < m; i++) {
                    norms[i] = DistanceMetric.rowNorm(x, i * n, n);
                }
            }
            return new Rows(x, norms);
        }

        double norm(int i) {
            return norms == null ? 0 : norms[i];
        }
    }
}
