package org.sciaccel.numpy;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;

/**
 * One inner loop of a NumPy ufunc: the dtypes its inputs are converted to and the dtypes of its outputs,
 * as NumPy lists them in {@code ufunc.types} ({@code "dd->?"} for {@code less} on float64 is
 * {@code in = [float64, float64], out = [bool]}). {@link NumpyTypes#resolve} picks the one NumPy 1.24
 * runs for given operands.
 *
 * @param ufunc NumPy's name of the ufunc ({@code ufunc.__name__}: {@code true_divide}, {@code conjugate})
 * @param in    the loop's input dtypes, one per operand
 * @param out   the loop's output dtypes
 */
public record UfuncLoop(String ufunc, List<DType> in, List<DType> out) {
    public UfuncLoop {
        in = List.copyOf(in);
        out = List.copyOf(out);
    }

    /** The dtype of the (first) output. */
    public DType result() {
        return out.get(0);
    }

    /** The input dtype of operand {@code i}. */
    public DType input(int i) {
        return in.get(i);
    }

    /** Parses {@code "int8,int8->bool"}. */
    static UfuncLoop parse(String ufunc, String text) {
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("ufunc loop '" + text + "' of " + ufunc + " has no '->'");
        }
        return new UfuncLoop(ufunc, names(text.substring(0, arrow)), names(text.substring(arrow + 2)));
    }

    private static List<DType> names(String list) {
        List<DType> out = new ArrayList<>();
        for (String n : list.split(",")) {
            out.add(DType.fromName(n));
        }
        return out;
    }

    /** NumPy's spelling of the loop with dtype names: {@code int8,int8->bool}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            b.append(i > 0 ? "," : "").append(in.get(i).numpyName());
        }
        b.append("->");
        for (int i = 0; i < out.size(); i++) {
            b.append(i > 0 ? "," : "").append(out.get(i).numpyName());
        }
        return b.toString();
    }
}
