package org.sciaccel.benchmarks;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * {@code ndimage.geometric_transform} of a random float32 image with a non-linear mapping, order 3:
 * sciaccel's formula (compiled into the kernel on OpenCL, straight-line code on the CPU) next to
 * SciPy with the same mapping as a Python callable, which SciPy calls once per output element.
 */
public final class GeometricTransformWorkload implements Workload {
    static final String FORMULA = "x0 + 3*sin(x1/40.0); x1 - 0.1*x0";
    private final int side;

    public GeometricTransformWorkload(int side) {
        this.side = side;
    }

    @Override
    public String id() {
        return "geometric_transform-" + side + "x" + side + "-f32-order3";
    }

    @Override
    public String description() {
        return "`ndimage.geometric_transform`, " + side + "×" + side + " float32, order 3, mapping `" + FORMULA
                + "` (SciPy: the same as a Python callable)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray input = NDArray.fromHost(backend, GaussianFilterWorkload.randomImage(side, side));
        InterpolationOptions options = InterpolationOptions.defaults();
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = Ndimage.geometricTransform(input, FORMULA, null, options)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                input.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "import math\na = np.random.default_rng(42).random((" + side + ", " + side + "), dtype=np.float32)\n"
                + "mapping = lambda o: (o[0] + 3*math.sin(o[1]/40.0), o[1] - 0.1*o[0])";
    }

    @Override
    public String scipyStatement() {
        return "ndimage.geometric_transform(a, mapping, order=3)";
    }
}
