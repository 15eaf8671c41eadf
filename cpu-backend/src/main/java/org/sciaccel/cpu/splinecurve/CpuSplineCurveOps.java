package org.sciaccel.cpu.splinecurve;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.SplineCurve;
import org.sciaccel.spi.SplineCurveOps;

/**
 * The CPU backend's spline-curve evaluation: the points split into contiguous ranges across the pool,
 * each point evaluated with {@link SplineCurve#value} (interval search and FITPACK's B-spline basis) on
 * its chunk's own scratch arrays.
 */
public final class CpuSplineCurveOps implements SplineCurveOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.SPLINE_CURVE);

    private final CpuBackend backend;

    public CpuSplineCurveOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray evaluate(NDArray x, SplineCurve curve) {
        backend.checkOpen();
        HostArray in = backend.host(x, "x");
        int[] shape = in.shape();
        int size = in.size();
        double[] out = new double[size];
        boolean single = in.dtype() == DType.FLOAT32;
        float[] xf = single ? (float[]) in.data() : null;
        double[] xd = single ? null : (double[]) in.data();
        boolean raise = curve.ext() == 2;
        AtomicBoolean outside = new AtomicBoolean();
        long work = (long) size * (curve.degree() + 1) * (curve.degree() + 4);
        backend.threads().parallelFor(size, work, (from, to) -> {
            double[] h = new double[SplineCurve.MAX_DEGREE + 2];
            double[] hh = new double[SplineCurve.MAX_DEGREE + 2];
            for (int i = from; i < to; i++) {
                double v = single ? xf[i] : xd[i];
                if (raise && curve.outside(v)) {
                    outside.set(true);
                    return;
                }
                out[i] = curve.value(v, h, hh);
            }
        });
        if (outside.get()) {
            throw new IllegalArgumentException("x: Found x value not in the domain [" + curve.lower() + ", "
                    + curve.upper() + "] (ext=2, 'raise')");
        }
        return backend.wrap(new HostArray(DType.FLOAT64, shape, out));
    }
}
