package org.sciaccel.cpu.reduction;

import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.Reduced;
import org.sciaccel.spi.Reducer;
import org.sciaccel.spi.Reduction;
import org.sciaccel.spi.ReductionLayout;
import org.sciaccel.spi.ReductionOps;

/**
 * The CPU backend's NumPy reductions and accumulations: the input's elements are cast to the loop dtype and
 * folded in one of three domains ({@link RealFold}: doubles, {@link LongFold}: 64-bit integers,
 * {@link ComplexFold}: pairs of doubles) by {@link ReduceDriver} on the worker pool; the variances first run the
 * mean as a pass of its own. Scans are {@link CpuScan}, differences {@link CpuDiff}.
 */
public final class CpuReductionOps implements ReductionOps {
    /** The registry's ops of this SPI family: the CPU backend implements every one. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.REDUCTION);

    private final CpuBackend backend;

    /** The ops of {@code backend}; {@link CpuBackend} makes one per instance. */
    public CpuReductionOps(CpuBackend backend) {
        this.backend = backend;
    }

    @Override
    public Reduced reduce(NDArray input, Reduction r) {
        backend.checkOpen();
        ReductionLayout layout = r.layout();
        HostArray in = canonical(backend.host(input, "a"), layout);
        HostArray out = HostArray.zeros(r.result(), layout.outputShape());
        boolean flagged;
        DType loop = r.loop();
        int n = layout.reduced();
        if (loop.isComplex()) {
            flagged = complex(in, r, out, n);
        } else if (loop.isIntegral()) {
            ReduceDriver.run(layout, LongFold.of(r.op(), in, loop, Sinks.integer(out)), backend.threads());
            flagged = false;
        } else {
            flagged = real(in, r, out, n);
        }
        return new Reduced(backend.wrap(out), flagged);
    }

    private boolean real(HostArray in, Reduction r, HostArray out, int n) {
        ReductionLayout layout = r.layout();
        double[] center = null;
        if (r.op().isVariance()) {
            double[] means = new double[layout.outputs()];
            Reducer meanOp = r.op() == Reducer.NANVAR ? Reducer.NANMEAN : Reducer.MEAN;
            ReduceDriver.run(layout, RealFolds.of(meanOp, in, r.loop(), (i, v) -> means[i] = v, n, null, 0, false),
                    backend.threads());
            center = means;
        }
        RealFold f = RealFolds.of(r.op(), in, r.loop(), Sinks.real(out), n, center, r.ddof(), r.sqrt());
        ReduceDriver.run(layout, f, backend.threads());
        return f.flagged;
    }

    private boolean complex(HostArray in, Reduction r, HostArray out, int n) {
        ReductionLayout layout = r.layout();
        if (r.op().isVariance()) {
            double[][] center = new double[2][layout.outputs()];
            Reducer meanOp = r.op() == Reducer.NANVAR ? Reducer.NANMEAN : Reducer.MEAN;
            ReduceDriver.run(layout, ComplexFold.of(meanOp, in, r.loop(), (i, re, im) -> {
                center[0][i] = re;
                center[1][i] = im;
            }, n), backend.threads());
            ComplexFold f = ComplexFold.variance(in, r.loop(), Sinks.real(out), center, r.op() == Reducer.NANVAR, n,
                    r.ddof(), r.sqrt());
            ReduceDriver.run(layout, f, backend.threads());
            return f.flagged;
        }
        ComplexFold f = ComplexFold.of(r.op(), in, r.loop(), Sinks.complex(out), n);
        ReduceDriver.run(layout, f, backend.threads());
        return f.flagged;
    }

    @Override
    public NDArray argReduce(NDArray input, ReductionLayout layout, boolean max) {
        backend.checkOpen();
        HostArray in = canonical(backend.host(input, "a"), layout);
        HostArray out = HostArray.zeros(DType.INT64, layout.outputShape());
        ReduceDriver.run(layout, new ArgFold(in, max, out), backend.threads());
        return backend.wrap(out);
    }

    @Override
    public NDArray accumulate(NDArray input, ReductionLayout layout, boolean product, DType dtype) {
        backend.checkOpen();
        HostArray in = backend.host(input, "a");
        HostArray out = HostArray.zeros(dtype, layout.outputShape());
        new CpuScan(in, out, product).run(layout, backend.threads());
        return backend.wrap(out);
    }

    @Override
    public NDArray diff(NDArray input, ReductionLayout layout, int order, int[] outputShape) {
        backend.checkOpen();
        HostArray in = backend.host(input, "a");
        return backend.wrap(CpuDiff.diff(in, layout.outer(), layout.reduced(), layout.inner(), order, outputShape,
                backend.threads()));
    }

    /** The input with its reduced axes brought together (a copy only when the layout has swaps). */
    private HostArray canonical(HostArray in, ReductionLayout layout) {
        HostArray h = in;
        for (int[] s : layout.swaps()) {
            h = CpuBlockSwap.swap(h, s, backend.threads());
        }
        return h;
    }
}
