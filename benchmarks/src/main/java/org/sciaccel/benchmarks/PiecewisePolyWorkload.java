package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.interpolate.Interp1d;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.PPoly;

/**
 * The piecewise polynomials' speed target: an interpolant of 100 samples of sin on [0, 10] evaluated
 * at 10^7 random points in range, next to the same SciPy call (the interpolant built in the setup, the
 * evaluation timed): {@code interp1d(kind='cubic')} (bounds checked, as by default) and
 * {@code CubicSpline} (not-a-knot).
 */
public final class PiecewisePolyWorkload implements Workload {
    private static final int SAMPLES = 100;
    private static final int POINTS = 10_000_000;

    private final String id;
    private final String description;
    private final String scipyBuild;

    private PiecewisePolyWorkload(String id, String description, String scipyBuild) {
        this.id = id;
        this.description = description;
        this.scipyBuild = scipyBuild;
    }

    public static PiecewisePolyWorkload interp1dCubic() {
        return new PiecewisePolyWorkload("interp1d-cubic-100samples-1e7pts-f64",
                "`interpolate.interp1d(kind='cubic')` of 100 samples, evaluated at 10^7 random points (float64)",
                "f = interpolate.interp1d(x, y, kind='cubic')");
    }

    public static PiecewisePolyWorkload cubicSpline() {
        return new PiecewisePolyWorkload("CubicSpline-100samples-1e7pts-f64",
                "`interpolate.CubicSpline` (not-a-knot) of 100 samples, evaluated at 10^7 random points (float64)",
                "f = interpolate.CubicSpline(x, y)");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = 10.0 * i / (SAMPLES - 1);
            y[i] = Math.sin(x[i]);
        }
        double[] p = new double[POINTS];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < POINTS; i++) {
            p[i] = r.nextDouble() * 10;
        }
        NDArray points = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {POINTS}, p));
        NDArray xa = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {SAMPLES}, x));
        NDArray ya = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {SAMPLES}, y));
        Interp1d f = id.startsWith("interp1d") ? Interpolate.interp1d(xa, ya, "cubic") : null;
        PPoly s = f == null ? Interpolate.cubicSpline(xa, ya) : null;
        xa.close();
        ya.close();
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = f != null ? f.call(points) : s.call(points)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                points.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "from scipy import interpolate\n"
                + "x = np.linspace(0, 10, " + SAMPLES + ")\ny = np.sin(x)\n"
                + "p = np.random.default_rng(1).random(" + POINTS + ") * 10\n" + scipyBuild;
    }

    @Override
    public String scipyStatement() {
        return "f(p)";
    }
}
