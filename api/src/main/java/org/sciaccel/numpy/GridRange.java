package org.sciaccel.numpy;

/**
 * One slice of {@code numpy.mgrid[...]} / {@code numpy.ogrid[...]}, spelt in Java: NumPy's
 * {@code start:stop:step} is {@code GridRange.of(start, stop, step)}, {@code start:stop} is
 * {@code GridRange.of(start, stop)} (step 1), and the complex step that means a number of points,
 * {@code start:stop:5j}, is {@code GridRange.points(start, stop, 5)} (stop included).
 *
 * <p>The Java types decide the grid's dtype as Python's do: the {@code long} factories are Python
 * ints, the {@code double} ones Python floats, so {@code Numpy.mgrid(GridRange.of(0, 5))} is int64
 * like {@code np.mgrid[0:5]}, and any float bound or step, or a number of points, makes the grid
 * float64. Java widens an int argument next to a double one, as {@code of(0, 5, 0.5)} gets the
 * double factory: the same dtype Python gives {@code 0:5:0.5}.
 *
 * <p>{@code count} is {@code int(abs(step))} of NumPy's complex step ({@code 2.5j} is 2 points), so
 * it is never negative here.
 */
public final class GridRange {
    final PyValue start;
    final PyValue stop;
    final PyValue step;
    /** The number of points of a complex step, or -1 for a real step. */
    final int count;

    private GridRange(PyValue start, PyValue stop, PyValue step, int count) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.count = count;
    }

    /** {@code start:stop} of Python ints (step 1). */
    public static GridRange of(long start, long stop) {
        return new GridRange(PyValue.of(start), PyValue.of(stop), PyValue.of(1L), -1);
    }

    /** {@code start:stop:step} of Python ints. */
    public static GridRange of(long start, long stop, long step) {
        return new GridRange(PyValue.of(start), PyValue.of(stop), PyValue.of(step), -1);
    }

    /** {@code start:stop} of Python floats (step 1). */
    public static GridRange of(double start, double stop) {
        return new GridRange(PyValue.of(start), PyValue.of(stop), PyValue.of(1L), -1);
    }

    /** {@code start:stop:step} of Python floats. */
    public static GridRange of(double start, double stop, double step) {
        return new GridRange(PyValue.of(start), PyValue.of(stop), PyValue.of(step), -1);
    }

    /**
     * {@code start:stop:countj}: {@code count} points from start to stop, both included (NumPy's
     * complex step).
     *
     * @throws IllegalArgumentException for a negative count (write the count, NumPy's {@code abs(step)})
     */
    public static GridRange points(double start, double stop, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("points: count=" + count + " must be >= 0 (NumPy's int(abs(step)) of a "
                    + "complex step)");
        }
        return new GridRange(PyValue.of(start), PyValue.of(stop), PyValue.ofComplex(0, count), count);
    }

    private static final java.util.regex.Pattern INT = java.util.regex.Pattern.compile("[+-]?\\d+");
    private static final java.util.regex.Pattern REAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * One slice in Python's syntax, as the CLI takes mgrid's and ogrid's key: {@code start:stop},
     * {@code start:stop:step}, {@code :stop} (start 0), where a bound or step without a point or exponent
     * is a Python int, any other a float, and a step ending in {@code j} is a number of points
     * ({@code -1:1:5j}).
     *
     * @throws IllegalArgumentException naming the slice when it does not parse
     */
    public static GridRange parse(String slice) {
        String[] parts = slice.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("slice '" + slice + "': expected start:stop or start:stop:step");
        }
        PyValue start = parts[0].isBlank() ? PyValue.of(0L) : number(slice, parts[0]);
        if (parts[1].isBlank()) {
            throw new IllegalArgumentException("slice '" + slice + "': the stop is needed");
        }
        PyValue stop = number(slice, parts[1]);
        String step = parts.length == 3 ? parts[2].trim() : "";
        if (step.isEmpty()) {
            return new GridRange(start, stop, PyValue.of(1L), -1);
        }
        if (step.endsWith("j") || step.endsWith("J")) {
            PyValue n = number(slice, step.substring(0, step.length() - 1));
            double count = Math.abs(n.asDouble());
            if (!(count < Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("slice '" + slice + "': " + count + " points: Maximum allowed size exceeded");
            }
            return new GridRange(start, stop, PyValue.ofComplex(0, count), (int) count);
        }
        return new GridRange(start, stop, number(slice, step), -1);
    }

    private static PyValue number(String slice, String text) {
        String t = text.trim();
        if (INT.matcher(t).matches()) {
            try {
                return PyValue.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("slice '" + slice + "': " + t + " is beyond the int64 range");
            }
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (REAL.matcher(t).matches() || lower.matches("[+-]?(inf|nan)")) {
            return PyValue.of(Double.parseDouble(lower.replace("inf", "Infinity").replace("nan", "NaN")));
        }
        throw new IllegalArgumentException("slice '" + slice + "': '" + t + "' is not a number");
    }

    /** Whether the step is NumPy's complex step (a number of points). */
    boolean isPoints() {
        return count >= 0;
    }

    @Override
    public String toString() {
        return start + ":" + stop + ":" + (isPoints() ? count + "j" : step.toString());
    }
}
