package org.sciaccel.benchmarks;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * The spline interpolation family's speed targets, each on a random float32 image next to the same
 * SciPy call (SciPy's defaults otherwise, so the order-3 ones include the prefilter): zoom 2048² by 2,
 * rotate 2048² by 30°, map_coordinates of 10^6 random points into 1024², and shift 2048² by a
 * sub-pixel amount at orders 1 and 3.
 */
public final class InterpolationWorkload implements Workload {
    /** Random coordinates for map_coordinates: {@code (2, POINTS)} float64 in {@code [0, side - 1)}. */
    private static final int POINTS = 1_000_000;

    private final String id;
    private final String description;
    private final int side;
    private final boolean coordinates;
    /** The op on (image, coordinates or null). */
    private final BiFunction<NDArray, NDArray, NDArray> op;
    private final String scipyStatement;

    private InterpolationWorkload(String id, String description, int side, boolean coordinates,
            BiFunction<NDArray, NDArray, NDArray> op, String scipyStatement) {
        this.id = id;
        this.description = description;
        this.side = side;
        this.coordinates = coordinates;
        this.op = op;
        this.scipyStatement = scipyStatement;
    }

    public static InterpolationWorkload zoom2048() {
        return new InterpolationWorkload("zoom-2048x2048-f32-x2-order3", "`ndimage.zoom`, 2048×2048 float32, by 2, order 3",
                2048, false, (a, c) -> Ndimage.zoom(a, new double[] {2.0}), "ndimage.zoom(a, 2)");
    }

    public static InterpolationWorkload rotate2048() {
        return new InterpolationWorkload("rotate-2048x2048-f32-30deg-order3",
                "`ndimage.rotate`, 2048×2048 float32, 30°, order 3 (reshape)", 2048, false,
                (a, c) -> Ndimage.rotate(a, 30.0), "ndimage.rotate(a, 30)");
    }

    public static InterpolationWorkload mapCoordinates1024() {
        return new InterpolationWorkload("map_coordinates-1024x1024-f32-1e6pts-order3",
                "`ndimage.map_coordinates`, 10^6 random points into 1024×1024 float32, order 3", 1024, true,
                Ndimage::mapCoordinates, "ndimage.map_coordinates(a, c)");
    }

    public static InterpolationWorkload shift2048Order1() {
        return new InterpolationWorkload("shift-2048x2048-f32-subpixel-order1",
                "`ndimage.shift`, 2048×2048 float32, by (10.3, -7.6), order 1", 2048, false,
                (a, c) -> Ndimage.shift(a, new double[] {10.3, -7.6},
                        InterpolationOptions.defaults().order(1)),
                "ndimage.shift(a, (10.3, -7.6), order=1)");
    }

    public static InterpolationWorkload shift2048Order3() {
        return new InterpolationWorkload("shift-2048x2048-f32-subpixel-order3",
                "`ndimage.shift`, 2048×2048 float32, by (10.3, -7.6), order 3", 2048, false,
                (a, c) -> Ndimage.shift(a, new double[] {10.3, -7.6}),
                "ndimage.shift(a, (10.3, -7.6))");
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
        NDArray input = NDArray.fromHost(backend, GaussianFilterWorkload.randomImage(side, side));
        NDArray coords = coordinates ? NDArray.fromHost(backend, randomCoordinates(side)) : null;
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = op.apply(input, coords)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                input.close();
                if (coords != null) {
                    coords.close();
                }
            }
        };
    }

    private static HostArray randomCoordinates(int side) {
        double[] c = new double[2 * POINTS];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < c.length; i++) {
            c[i] = r.nextDouble() * (side - 1);
        }
        return new HostArray(DType.FLOAT64, new int[] {2, POINTS}, c);
    }

    @Override
    public String scipySetup() {
        String image = "a = np.random.default_rng(42).random((" + side + ", " + side + "), dtype=np.float32)";
        return coordinates ? image + "\nc = np.random.default_rng(7).random((2, " + POINTS + ")) * " + (side - 1)
                : image;
    }

    @Override
    public String scipyStatement() {
        return scipyStatement;
    }
}
