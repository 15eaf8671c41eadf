package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Extrema;
import org.sciaccel.ndimage.Ndimage;

/**
 * The CLI's label measurements: calls the facade for SciPy's (labels, index) forms and returns the result as JSON
 * values (a list holding one number, coordinates, or one entry per listed label), SciPy's structure. A number
 * SciPy returns in an integer dtype (a single selection's sum of an integer input, an integer input's minimum
 * and maximum) is a Long where the facade's double holds it exactly.
 */
final class MeasurementCalls {
    private MeasurementCalls() {
    }

    /** A facade call with the index as given. */
    @FunctionalInterface
    private interface Indexed<I, R> {
        R apply(NDArray input, NDArray labels, I index);
    }

    /**
     * The six forms of one measurement on the facade: no labels, labels alone, one integer or float label, a list of
     * integer or float labels.
     */
    private record Forms<S, L>(Function<NDArray, S> none, BiFunction<NDArray, NDArray, S> all,
            Indexed<Long, S> one, Indexed<Double, S> oneReal, Indexed<long[], L> list, Indexed<double[], L> realList) {
        Object apply(NDArray in, NDArray lab, Object index) {
            if (index instanceof long[] l) {
                return list.apply(in, lab, l);
            }
            if (index instanceof double[] l) {
                return realList.apply(in, lab, l);
            }
            if (index instanceof Long l) {
                return one.apply(in, lab, l);
            }
            if (index instanceof Double d) {
                return oneReal.apply(in, lab, d);
            }
            return lab == null ? none.apply(in) : all.apply(in, lab);
        }
    }

    static boolean isList(Object index) {
        return index instanceof long[] || index instanceof double[];
    }

    @SuppressWarnings("unchecked") // a list index's JSON is a list
    static List<Object> call(String f, NDArray in, NDArray lab, Object index) {
        boolean list = isList(index);
        boolean integral = in.dtype().isIntegral();
        Object r;
        switch (f) {
            case "sum": r = new Forms<Double, double[]>(Ndimage::sum, Ndimage::sum, Ndimage::sum, Ndimage::sum,
                    Ndimage::sum, Ndimage::sum).apply(in, lab, index); break;
            case "sum_labels": r = new Forms<Double, double[]>(Ndimage::sumLabels, Ndimage::sumLabels,
                    Ndimage::sumLabels, Ndimage::sumLabels, Ndimage::sumLabels, Ndimage::sumLabels)
                    .apply(in, lab, index); break;
            case "mean": r = new Forms<Double, double[]>(Ndimage::mean, Ndimage::mean, Ndimage::mean, Ndimage::mean,
                    Ndimage::mean, Ndimage::mean).apply(in, lab, index); break;
            case "minimum": r = new Forms<Double, double[]>(Ndimage::minimum, Ndimage::minimum, Ndimage::minimum,
                    Ndimage::minimum, Ndimage::minimum, Ndimage::minimum).apply(in, lab, index); break;
            case "maximum": r = new Forms<Double, double[]>(Ndimage::maximum, Ndimage::maximum, Ndimage::maximum,
                    Ndimage::maximum, Ndimage::maximum, Ndimage::maximum).apply(in, lab, index); break;
            case "median": r = new Forms<Double, double[]>(Ndimage::median, Ndimage::median, Ndimage::median,
                    Ndimage::median, Ndimage::median, Ndimage::median).apply(in, lab, index); break;
            case "variance": r = new Forms<Double, double[]>(Ndimage::variance, Ndimage::variance, Ndimage::variance,
                    Ndimage::variance, Ndimage::variance, Ndimage::variance).apply(in, lab, index); break;
            case "standard_deviation": r = new Forms<Double, double[]>(Ndimage::standardDeviation,
                    Ndimage::standardDeviation, Ndimage::standardDeviation, Ndimage::standardDeviation,
                    Ndimage::standardDeviation, Ndimage::standardDeviation).apply(in, lab, index); break;
            case "minimum_position": r = new Forms<int[], int[][]>(Ndimage::minimumPosition, Ndimage::minimumPosition,
                    Ndimage::minimumPosition, Ndimage::minimumPosition, Ndimage::minimumPosition,
                    Ndimage::minimumPosition).apply(in, lab, index); break;
            case "maximum_position": r = new Forms<int[], int[][]>(Ndimage::maximumPosition, Ndimage::maximumPosition,
                    Ndimage::maximumPosition, Ndimage::maximumPosition, Ndimage::maximumPosition,
                    Ndimage::maximumPosition).apply(in, lab, index); break;
            case "center_of_mass": r = new Forms<double[], double[][]>(Ndimage::centerOfMass, Ndimage::centerOfMass,
                    Ndimage::centerOfMass, Ndimage::centerOfMass, Ndimage::centerOfMass, Ndimage::centerOfMass)
                    .apply(in, lab, index); break;
            case "extrema": {
                Extrema e = (Extrema) new Forms<Extrema, Extrema>(Ndimage::extrema, Ndimage::extrema, Ndimage::extrema,
                        Ndimage::extrema, Ndimage::extrema, Ndimage::extrema).apply(in, lab, index);
                return extrema(e, list, integral);
            }
            default: throw new IllegalArgumentException("op: unknown measurement " + f);
        }
        // SciPy's integer results: a single selection's sum of integers (int64 / uint64), an integer minimum/maximum.
        boolean integerResult = integral && (f.equals("minimum") || f.equals("maximum")
                || (!list && (f.equals("sum") || f.equals("sum_labels"))));
        Object json = json(r, integerResult);
        if (list) {
            return (List<Object>) json;
        }
        List<Object> out = new ArrayList<>();
        out.add(json);
        return out;
    }

    private static List<Object> extrema(Extrema e, boolean list, boolean integral) {
        List<Object> mins = new ArrayList<>();
        List<Object> maxs = new ArrayList<>();
        List<Object> minp = new ArrayList<>();
        List<Object> maxp = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            mins.add(number(e.minimum(i), integral));
            maxs.add(number(e.maximum(i), integral));
            minp.add(json(e.minimumPosition(i), false));
            maxp.add(json(e.maximumPosition(i), false));
        }
        List<Object> out = new ArrayList<>();
        if (list) {
            out.add(mins);
            out.add(maxs);
            out.add(minp);
            out.add(maxp);
            return out;
        }
        out.add(List.of(mins.get(0), maxs.get(0), minp.get(0), maxp.get(0)));
        return out;
    }

    static List<Object> histogram(NDArray in, double min, double max, int bins, NDArray lab, Object index) {
        Object h = new Forms<long[], long[][]>(a -> Ndimage.histogram(a, min, max, bins),
                (a, l) -> Ndimage.histogram(a, min, max, bins, l),
                (a, l, i) -> Ndimage.histogram(a, min, max, bins, l, (long) i),
                (a, l, i) -> Ndimage.histogram(a, min, max, bins, l, (double) i),
                (a, l, i) -> Ndimage.histogram(a, min, max, bins, l, i),
                (a, l, i) -> Ndimage.histogram(a, min, max, bins, l, i)).apply(in, lab, index);
        List<Object> out = new ArrayList<>();
        if (h instanceof long[][] each) {
            for (long[] one : each) {
                out.add(one == null ? null : json(one, false));
            }
            return out;
        }
        out.add(json(h, false));
        return out;
    }

    /** A facade result as JSON values: numbers (Long for SciPy's integers) and lists of them. */
    private static Object json(Object r, boolean integerResult) {
        if (r instanceof Double d) {
            return number(d, integerResult);
        }
        List<Object> out = new ArrayList<>();
        if (r instanceof double[] v) {
            for (double x : v) {
                out.add(number(x, integerResult));
            }
        } else if (r instanceof int[] v) {
            for (int x : v) {
                out.add(x);
            }
        } else if (r instanceof long[] v) {
            for (long x : v) {
                out.add(x);
            }
        } else {
            for (Object x : (Object[]) r) {
                out.add(json(x, integerResult));
            }
        }
        return out;
    }

    /** A Long where SciPy's result is an integer and the double holds it exactly (below 2^53), else the double. */
    private static Object number(double v, boolean integer) {
        return integer && Math.abs(v) <= 0x1p53 && v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }
}
