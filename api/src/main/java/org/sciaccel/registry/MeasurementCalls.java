package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Extrema;
import org.sciaccel.ndimage.Ndimage;

/**
 * The CLI's label measurements: calls the facade for SciPy's (labels, index) forms and returns the result as JSON
 * values (a list holding one number, coordinates, or one entry per listed label), SciPy's structure.
 */
final class MeasurementCalls {
    private MeasurementCalls() {
    }

    static List<Object> call(String f, NDArray in, NDArray lab, Object index) {
        if (index instanceof long[] list) {
            return listForm(f, in, lab, list);
        }
        boolean one = index instanceof Long;
        long ix = one ? (Long) index : 0;
        Object r;
        switch (f) {
            case "sum": r = lab == null ? Ndimage.sum(in) : one ? Ndimage.sum(in, lab, ix) : Ndimage.sum(in, lab); break;
            case "sum_labels": r = lab == null ? Ndimage.sumLabels(in) : one ? Ndimage.sumLabels(in, lab, ix) : Ndimage.sumLabels(in, lab); break;
            case "mean": r = lab == null ? Ndimage.mean(in) : one ? Ndimage.mean(in, lab, ix) : Ndimage.mean(in, lab); break;
            case "minimum": r = lab == null ? Ndimage.minimum(in) : one ? Ndimage.minimum(in, lab, ix) : Ndimage.minimum(in, lab); break;
            case "maximum": r = lab == null ? Ndimage.maximum(in) : one ? Ndimage.maximum(in, lab, ix) : Ndimage.maximum(in, lab); break;
            case "median": r = lab == null ? Ndimage.median(in) : one ? Ndimage.median(in, lab, ix) : Ndimage.median(in, lab); break;
            case "variance": r = lab == null ? Ndimage.variance(in) : one ? Ndimage.variance(in, lab, ix) : Ndimage.variance(in, lab); break;
            case "standard_deviation": r = lab == null ? Ndimage.standardDeviation(in) : one ? Ndimage.standardDeviation(in, lab, ix) : Ndimage.standardDeviation(in, lab); break;
            case "minimum_position": r = ints(lab == null ? Ndimage.minimumPosition(in) : one ? Ndimage.minimumPosition(in, lab, ix) : Ndimage.minimumPosition(in, lab)); break;
            case "maximum_position": r = ints(lab == null ? Ndimage.maximumPosition(in) : one ? Ndimage.maximumPosition(in, lab, ix) : Ndimage.maximumPosition(in, lab)); break;
            case "center_of_mass": r = doubles(lab == null ? Ndimage.centerOfMass(in) : one ? Ndimage.centerOfMass(in, lab, ix) : Ndimage.centerOfMass(in, lab)); break;
            case "extrema": {
                Extrema e = lab == null ? Ndimage.extrema(in) : one ? Ndimage.extrema(in, lab, ix) : Ndimage.extrema(in, lab);
                r = List.of(e.minimum(), e.maximum(), ints(e.minimumPosition()), ints(e.maximumPosition()));
                break;
            }
            default: throw new IllegalArgumentException("op: unknown measurement " + f);
        }
        List<Object> out = new ArrayList<>();
        out.add(r);
        return out;
    }

    private static List<Object> listForm(String f, NDArray in, NDArray lab, long[] index) {
        List<Object> out = new ArrayList<>();
        switch (f) {
            case "minimum_position": for (int[] p : Ndimage.minimumPosition(in, lab, index)) out.add(ints(p)); return out;
            case "maximum_position": for (int[] p : Ndimage.maximumPosition(in, lab, index)) out.add(ints(p)); return out;
            case "center_of_mass": for (double[] p : Ndimage.centerOfMass(in, lab, index)) out.add(doubles(p)); return out;
            case "extrema": {
                Extrema e = Ndimage.extrema(in, lab, index);
                List<Object> mins = new ArrayList<>();
                List<Object> maxs = new ArrayList<>();
                List<Object> minp = new ArrayList<>();
                List<Object> maxp = new ArrayList<>();
                for (int i = 0; i < e.size(); i++) {
                    mins.add(e.minimum(i));
                    maxs.add(e.maximum(i));
                    minp.add(ints(e.minimumPosition(i)));
                    maxp.add(ints(e.maximumPosition(i)));
                }
                out.add(mins);
                out.add(maxs);
                out.add(minp);
                out.add(maxp);
                return out;
            }
            default:
                break;
        }
        double[] v;
        switch (f) {
            case "sum": v = Ndimage.sum(in, lab, index); break;
            case "sum_labels": v = Ndimage.sumLabels(in, lab, index); break;
            case "mean": v = Ndimage.mean(in, lab, index); break;
            case "minimum": v = Ndimage.minimum(in, lab, index); break;
            case "maximum": v = Ndimage.maximum(in, lab, index); break;
            case "median": v = Ndimage.median(in, lab, index); break;
            case "variance": v = Ndimage.variance(in, lab, index); break;
            case "standard_deviation": v = Ndimage.standardDeviation(in, lab, index); break;
            default: throw new IllegalArgumentException("op: unknown measurement " + f);
        }
        return doubles(v);
    }

    static List<Object> histogram(NDArray in, double min, double max, int bins, NDArray lab, Object index) {
        List<Object> out = new ArrayList<>();
        if (index instanceof long[] list) {
            for (long[] h : Ndimage.histogram(in, min, max, bins, lab, list)) {
                out.add(h == null ? null : longs(h));
            }
            return out;
        }
        long[] h = lab == null ? Ndimage.histogram(in, min, max, bins)
                : index instanceof Long one ? Ndimage.histogram(in, min, max, bins, lab, one)
                : Ndimage.histogram(in, min, max, bins, lab);
        out.add(longs(h));
        return out;
    }

    private static List<Object> ints(int[] v) {
        List<Object> out = new ArrayList<>();
        for (int x : v) {
            out.add(x);
        }
        return out;
    }

    private static List<Object> longs(long[] v) {
        List<Object> out = new ArrayList<>();
        for (long x : v) {
            out.add(x);
        }
        return out;
    }

    private static List<Object> doubles(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }
}
