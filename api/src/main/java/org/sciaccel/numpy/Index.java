package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sciaccel.Shapes;

/**
 * A NumPy basic index: what goes between the brackets of {@code a[1:5, ::-2, ..., None]}. Items
 * are integers (select one position and drop the axis; negative counts from the end), slices
 * {@code start:stop:step} (any part may be left out; negative steps walk backwards), {@link #NEWAXIS}
 * (a new axis of length 1, NumPy's {@code None}) and at most one {@link #ELLIPSIS} (as many full
 * slices as the array has axes left). Axes the index does not reach are taken whole.
 *
 * <p>Two ways to spell one:
 * <pre>{@code
 * Index i = Index.parse("1:5, ::-2, ...");                 // NumPy's syntax, for users and the CLI
 * Index j = Index.of(Index.slice(1, 5), Index.slice(null, null, -2), Index.ELLIPSIS);
 * NDArray part = Numpy.getItem(a, i);                      // or a.slice("1:5, ::-2, ...")
 * }</pre>
 * The text syntax is NumPy's: comma-separated items, each an integer, a slice with optional
 * integers ({@code :}, {@code 2:}, {@code ::-1}, {@code -3:-1:2}), {@code ...}, or {@code None} /
 * {@code newaxis} / {@code np.newaxis}. Whitespace is ignored; the empty text is the empty index
 * ({@code a[()]}: the whole array).
 *
 * <p>Integer arrays and boolean masks (NumPy's advanced indexing) are not items of an Index: they
 * are given as arrays to {@code Numpy.getItem(a, key)} and {@code Numpy.setItem(a, key, value)}.
 * Indices are immutable.
 */
public final class Index {
    /** One item of an index. */
    public sealed interface Item permits Int, Slice, Marker {
    }

    /** An integer item: selects one position of its axis and drops the axis. */
    public record Int(long index) implements Item {
        @Override
        public String toString() {
            return Long.toString(index);
        }
    }

    /** A slice {@code start:stop:step}; a null part is left out (Python's None). */
    public record Slice(Long start, Long stop, Long step) implements Item {
        @Override
        public String toString() {
            String s = (start == null ? "" : start.toString()) + ":" + (stop == null ? "" : stop.toString());
            return step == null ? s : s + ":" + step;
        }
    }

    /** The items without a number: NumPy's {@code None} and {@code ...}. */
    public enum Marker implements Item {
        /** A new axis of length 1 (NumPy's {@code None} / {@code np.newaxis}). */
        NEWAXIS,
        /** As many full slices as needed to index every axis ({@code ...}). */
        ELLIPSIS;

        @Override
        public String toString() {
            return this == NEWAXIS ? "None" : "...";
        }
    }

    /** NumPy's {@code None} / {@code np.newaxis} in an index. */
    public static final Item NEWAXIS = Marker.NEWAXIS;
    /** NumPy's {@code ...} in an index. */
    public static final Item ELLIPSIS = Marker.ELLIPSIS;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern SLICE = Pattern.compile("([+-]?\\d+)?:([+-]?\\d+)?(?::([+-]?\\d+)?)?");

    private final List<Item> items;

    private Index(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /**
     * An index of {@code items}: {@link Integer} / {@link Long} values, {@link Slice}s (see
     * {@link #slice}), {@link #NEWAXIS} or {@code null} (NumPy's None), {@link #ELLIPSIS}.
     */
    public static Index of(Object... items) {
        List<Item> list = new ArrayList<>();
        for (Object o : items) {
            if (o == null) {
                list.add(NEWAXIS);
            } else if (o instanceof Item i) {
                list.add(i);
            } else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
                list.add(new Int(((Number) o).longValue()));
            } else {
                throw new IllegalArgumentException("index: " + o + " (" + o.getClass().getSimpleName()
                        + ") is not an index item; give integers, Index.slice(...), Index.NEWAXIS or Index.ELLIPSIS");
            }
        }
        return new Index(list);
    }

    /** The slice {@code start:stop} (a null bound is left out). */
    public static Slice slice(Integer start, Integer stop) {
        return slice(start, stop, null);
    }

    /** The slice {@code start:stop:step} (a null part is left out; a zero step is refused when the index is used). */
    public static Slice slice(Integer start, Integer stop, Integer step) {
        return new Slice(start == null ? null : start.longValue(), stop == null ? null : stop.longValue(),
                step == null ? null : step.longValue());
    }

    /** The full slice {@code :}. */
    public static Slice all() {
        return new Slice(null, null, null);
    }

    /**
     * Parses NumPy's index syntax, e.g. {@code "1:5, ::-2, ..."} or {@code "0, None, -1"}.
     *
     * @throws IllegalArgumentException naming the item that does not parse
     */
    public static Index parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("index: null");
        }
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]") || t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();  // a[(1, 2)] and the brackets pasted with it
        }
        List<Item> list = new ArrayList<>();
        if (t.isEmpty()) {
            return new Index(list);
        }
        String[] parts = t.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].replaceAll("\\s+", "");
            if (p.isEmpty()) {
                if (i == parts.length - 1 && i > 0) {
                    break;  // a trailing comma, as in "1," (Python's one-tuple)
                }
                throw new IllegalArgumentException("index '" + text + "': item " + (i + 1) + " is empty");
            }
            list.add(parseItem(text, p));
        }
        return new Index(list);
    }

    private static Item parseItem(String text, String p) {
        switch (p) {
            case "...": case "Ellipsis": return ELLIPSIS;
            case "None": case "newaxis": case "np.newaxis": case "numpy.newaxis": return NEWAXIS;
            default: break;
        }
        try {
            if (INTEGER.matcher(p).matches()) {
                return new Int(Long.parseLong(p.startsWith("+") ? p.substring(1) : p));
            }
            Matcher m = SLICE.matcher(p);
            if (m.matches()) {
                return new Slice(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("index '" + text + "': '" + p + "' is out of the int64 range");
        }
        throw new IllegalArgumentException("index '" + text + "': '" + p + "' is not an integer, a slice (start:stop:step),"
                + " ... or None");
    }

    private static Long number(String s) {
        return s == null ? null : Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    }

    /** The items, in order. */
    public List<Item> items() {
        return items;
    }

    /** The index in NumPy's syntax (what {@link #parse} reads back). */
    @Override
    public String toString() {
        List<String> s = new ArrayList<>();
        for (Item i : items) {
            s.add(i.toString());
        }
        return String.join(", ", s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Index other && other.items.equals(items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items);
    }

    /**
     * The window this index selects from a contiguous array of {@code shape}, with NumPy's
     * refusals (IndexError: too many indices, an integer out of bounds, two ellipses; ValueError: a
     * zero step).
     */
    StridedView resolve(int[] shape, String op, String operands) {
        int consuming = 0;
        int ellipses = 0;
        for (Item i : items) {
            if (i == ELLIPSIS) {
                ellipses++;
            } else if (i != NEWAXIS) {
                consuming++;
            }
        }
        if (ellipses > 1) {
            throw ShapeErrors.index(op, "an index can only have a single ellipsis ('...')", operands);
        }
        if (consuming > shape.length) {
            throw ShapeErrors.index(op, "too many indices for array: array is " + shape.length + "-dimensional, but "
                    + consuming + " were indexed", operands);
        }
        long[] inStrides = StridedView.rowMajorStrides(shape);
        List<Integer> outShape = new ArrayList<>();
        List<Long> outStrides = new ArrayList<>();
        long offset = 0;
        int axis = 0;
        List<Item> expanded = new ArrayList<>(items);
        if (ellipses == 0) {
            expanded.add(ELLIPSIS);
        }
        for (Item item : expanded) {
            if (item == NEWAXIS) {
                outShape.add(1);
                outStrides.add(0L);
            } else if (item == ELLIPSIS) {
                for (int k = 0; k < shape.length - consuming; k++, axis++) {
                    outShape.add(shape[axis]);
                    outStrides.add(inStrides[axis]);
                }
            } else if (item instanceof Int in) {
                long n = shape[axis];
                long i = in.index() < 0 ? in.index() + n : in.index();
                if (i < 0 || i >= n) {
                    throw ShapeErrors.index(op, "index " + in.index() + " is out of bounds for axis " + axis
                            + " with size " + n, operands);
                }
                offset += i * inStrides[axis];
                axis++;
            } else {
                Slice s = (Slice) item;
                long[] r = indices(s, shape[axis], op, operands);
                outShape.add((int) r[3]);
                outStrides.add(r[2] * inStrides[axis]);
                if (r[3] > 0) {
                    offset += r[0] * inStrides[axis];
                }
                axis++;
            }
        }
        int[] sh = new int[outShape.size()];
        long[] st = new long[outShape.size()];
        for (int d = 0; d < sh.length; d++) {
            sh[d] = outShape.get(d);
            st[d] = outStrides.get(d);
        }
        Shapes.size(sh);
        return new StridedView(sh, offset, st);
    }

    /** Python's {@code slice.indices(n)} and the slice's length: {start, stop, step, length}. */
    static long[] indices(Slice s, long n, String op, String operands) {
        long step = s.step() == null ? 1 : s.step();
        if (step == 0) {
            throw ShapeErrors.value(op, "slice step cannot be zero", operands);
        }
        long start;
        long stop;
        if (step > 0) {
            start = s.start() == null ? 0 : clamp(s.start(), n, 0, n);
            stop = s.stop() == null ? n : clamp(s.stop(), n, 0, n);
        } else {
            start = s.start() == null ? n - 1 : clamp(s.start(), n, -1, n - 1);
            stop = s.stop() == null ? -1 : clamp(s.stop(), n, -1, n - 1);
        }
        long length = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (start > stop ? (start - stop - step - 1) / -step : 0);
        return new long[] {start, stop, step, length};
    }

    /** A slice bound: negative counts from the end, then clamped into {@code [lo, hi]}. */
    private static long clamp(long v, long n, long lo, long hi) {
        long x = v < 0 ? v + n : v;
        return Math.max(lo, Math.min(hi, x));
    }
}
