package org.sciaccel.ndimage;

import static org.sciaccel.ndimage.FilterArgs.checkInput;
import static org.sciaccel.ndimage.FilterArgs.checkMode;
import static org.sciaccel.ndimage.FilterArgs.checkOrigins;
import static org.sciaccel.ndimage.FilterArgs.outputType;
import static org.sciaccel.ndimage.FilterArgs.perAxis;

import java.util.Arrays;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * The rank filters behind {@link Ndimage} ({@code median_filter}, {@code rank_filter},
 * {@code percentile_filter}) over a box or a footprint, and the footprints the minimum and maximum filters
 * share. As SciPy, a rank that is the window's first or last becomes a minimum or maximum filter.
 */
final class RankFilters {
    private RankFilters() {
    }

    static NDArray median(NDArray input, int[] size, FilterOptions options) {
        return rankOp("ndimage.median_filter", input, boxFootprint(input, size), RankKind.MEDIAN, 0, options);
    }

    static NDArray median(NDArray input, NDArray footprint, FilterOptions options) {
        return rankOp("ndimage.median_filter", input, footprintOf(input, footprint), RankKind.MEDIAN, 0, options);
    }

    static NDArray rank(NDArray input, int rank, int[] size, FilterOptions options) {
        return rankOp("ndimage.rank_filter", input, boxFootprint(input, size), RankKind.RANK, rank, options);
    }

    static NDArray rank(NDArray input, int rank, NDArray footprint, FilterOptions options) {
        return rankOp("ndimage.rank_filter", input, footprintOf(input, footprint), RankKind.RANK, rank, options);
    }

    static NDArray percentile(NDArray input, double percentile, int[] size, FilterOptions options) {
        return rankOp("ndimage.percentile_filter", input, boxFootprint(input, size), RankKind.PERCENTILE, percentile,
                options);
    }

    static NDArray percentile(NDArray input, double percentile, NDArray footprint, FilterOptions options) {
        return rankOp("ndimage.percentile_filter", input, footprintOf(input, footprint), RankKind.PERCENTILE,
                percentile, options);
    }

    private enum RankKind { MEDIAN, RANK, PERCENTILE }

    /** A footprint and its shape. */
    static final class Footprint {
        final boolean[] mask;
        final int[] shape;
        final int count;

        Footprint(boolean[] mask, int[] shape) {
            this.mask = mask;
            this.shape = shape;
            int c = 0;
            for (boolean b : mask) {
                if (b) c++;
            }
            this.count = c;
        }
    }

    private static Footprint boxFootprint(NDArray input, int[] size) {
        int nd = checkInput(input);
        int[] sizes = perAxis("size", size, nd, input);
        long total = 1;
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("size=" + Arrays.toString(size) + " must be positive on every axis");
            }
            total *= s;
        }
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("size=" + Arrays.toString(size) + " makes a window too large");
        }
        boolean[] mask = new boolean[(int) total];
        Arrays.fill(mask, true);
        return new Footprint(mask, sizes);
    }

    static Footprint footprintOf(NDArray input, NDArray footprint) {
        int nd = checkInput(input);
        if (footprint == null) {
            throw new IllegalArgumentException("footprint: null");
        }
        int[] fshape = footprint.shape();
        if (fshape.length != nd) {
            throw new IllegalArgumentException("footprint has rank " + fshape.length + " (shape "
                    + Shapes.toString(fshape) + ") but the input has rank " + nd + " (shape "
                    + Shapes.toString(input.shape()) + "); they must be equal");
        }
        boolean[] mask = BinaryStructures.read(footprint);
        Footprint f = new Footprint(mask, fshape);
        if (f.count == 0) {
            throw new IllegalArgumentException("footprint: all elements are false (shape " + Shapes.toString(fshape)
                    + "); it must select at least one element");
        }
        return f;
    }

    private static NDArray rankOp(String op, NDArray input, Footprint f, RankKind kind, double param,
            FilterOptions options) {
        int nd = checkInput(input);
        int[] origins = perAxis("origin", options.origin, nd, input);
        checkOrigins(origins, f.shape, "footprint");
        int n = f.count;
        int rank;
        if (kind == RankKind.MEDIAN) {
            rank = n / 2;
        } else if (kind == RankKind.PERCENTILE) {
            double p = param < 0 ? param + 100.0 : param;
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("percentile=" + param + " must be within [-100, 100]");
            }
            rank = p == 100.0 ? n - 1 : (int) (n * p / 100.0);
        } else {
            int r = (int) param;
            rank = r < 0 ? r + n : r;
            if (rank < 0 || rank >= n) {
                throw new IllegalArgumentException("rank=" + r + " is outside the window of " + n
                        + " elements; it must satisfy " + (-n) + " <= rank < " + n);
            }
        }
        DType out = outputType(input, options.output);
        // SciPy's rank filters convert cval to the input's type first (uint8: 300 -> 44, -1 -> 255),
        // except where they become separable minimum/maximum filters (rank 0 or last over a full
        // box), which compare with cval as a double and only cast the result.
        boolean separableMinMax = (rank == 0 || rank == n - 1) && n == f.mask.length;
        double cval = separableMinMax ? options.cval : Casting.castTo(options.cval, input.dtype());
        int fr = rank;
        if (rank == 0 || rank == n - 1) {
            // SciPy hands these to minimum_filter / maximum_filter (whose NaN handling differs from a
            // rank's); over a full box that is the separable path, which takes a mode per axis.
            boolean maximum = rank == n - 1 && n > 1;
            if (separableMinMax) {
                return SeparableFilters.minMax(op, input, f.shape, origins, perAxis("mode", options.mode, nd, input),
                        cval, maximum, out);
            }
            Mode mode = checkMode(options.mode, "A sequence of modes is not supported for non-separable footprints");
            return OpRouter.run(op, input, (backend, in) -> backend.ndimage().minMaxFilter(in, f.mask, f.shape,
                    origins, mode, cval, maximum, out));
        }
        Mode mode = checkMode(options.mode, "A sequence of modes is not supported by non-separable rank filters");
        return OpRouter.run(op, input,
                (backend, in) -> backend.ndimage().rankFilter(in, f.mask, f.shape, fr, origins, mode, cval, out));
    }
}
