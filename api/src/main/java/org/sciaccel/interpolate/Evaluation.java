package org.sciaccel.interpolate;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.spi.PiecewisePolyPlan;

/** Runs a plan at the points of an array on their backend (the one CPU-fallback policy of {@link OpRouter}). */
final class Evaluation {
    private Evaluation() {
    }

    /**
     * The plan at every point of {@code points}: shape {@code valueShape[:axis] + points.shape + valueShape[axis:]}.
     * Points of a dtype other than float32 and float64 are read as float64 (SciPy converts them).
     */
    static NDArray run(String op, PiecewisePolyPlan plan, NDArray points, int[] valueShape, int axis) {
        if (points.dtype().isComplex()) {
            throw new IllegalArgumentException("x: must contain real values, got " + points.dtype());
        }
        int[] ps = points.shape();
        int[] out = new int[valueShape.length + ps.length];
        System.arraycopy(valueShape, 0, out, 0, axis);
        System.arraycopy(ps, 0, out, axis, ps.length);
        System.arraycopy(valueShape, axis, out, axis + ps.length, valueShape.length - axis);
        return OpRouter.run(op, points, (backend, p) -> {
            backend.requireSupported(plan.output(), "result");
            if (p.dtype() == DType.FLOAT32 || p.dtype() == DType.FLOAT64) {
                return backend.piecewisePoly().evaluate(plan, p, out);
            }
            try (NDArray wide = p.astype(DType.FLOAT64)) {
                return backend.piecewisePoly().evaluate(plan, wide, out);
            }
        });
    }
}
