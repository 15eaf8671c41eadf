package org.sciaccel.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Mode;

/**
 * What an {@link OpInvoker} gets: the input arrays (on the chosen backend, in SciPy's order) and
 * every parameter's value, defaults filled in ({@code null} for SciPy's {@code None}). The typed
 * getters match the parameter types of {@link ParamTypes}.
 */
public final class OpArgs {
    private final OpSpec spec;
    private final Backend backend;
    private final List<NDArray> inputs;
    private final Map<String, Object> values;

    /**
     * A keyword given as {@code name=@file.npy} ({@link OpSpec.Builder#keywords}): the array argument
     * {@code input} of the call.
     */
    public record KeywordArray(int input) {
    }

    OpArgs(OpSpec spec, Backend backend, List<NDArray> inputs, Map<String, Object> values) {
        this.spec = spec;
        this.backend = backend;
        this.inputs = List.copyOf(inputs);
        this.values = values;
    }

    /** The backend the op runs on: where functions without array arguments create their results. */
    public Backend backend() {
        return backend;
    }

    /** How many array arguments were given (fewer than the op declares where its last ones are optional). */
    public int inputCount() {
        return inputs.size();
    }

    /** The {@code i}-th array argument. */
    public NDArray input(int i) {
        return inputs.get(i);
    }

    /** Every array argument, in order (an op whose last argument is a sequence gets its arrays at the end). */
    public List<NDArray> inputs() {
        return inputs;
    }

    /**
     * The keywords given ({@link OpSpec#keywordType()}), in the order given: each a value of the op's
     * keyword type, or a {@link KeywordArray} for {@code name=@file.npy}.
     */
    public Map<String, Object> keywords() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (spec.param(e.getKey()) == null) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Whether the parameter is {@code none}. */
    public boolean isNone(String name) {
        return value(name) == null;
    }

    /** A {@link ParamTypes#COMPLEX_NUMBER}: {@code {real, imag}}. */
    public double[] complexNumber(String name) {
        double[] v = get(name, double[].class);
        return v == null ? null : v.clone();
    }

    /** A {@link ParamTypes#COMPLEX_ARRAY}: {@code {real parts, imaginary parts or null}}. */
    public double[][] complexArray(String name) {
        double[][] v = get(name, double[][].class);
        return v == null ? null : new double[][] {v[0].clone(), v[1] == null ? null : v[1].clone()};
    }

    public double real(String name) {
        return get(name, Double.class);
    }

    public int integer(String name) {
        return get(name, Integer.class);
    }

    public long int64(String name) {
        return get(name, Long.class);
    }

    public boolean flag(String name) {
        return get(name, Boolean.class);
    }

    public String text(String name) {
        return get(name, String.class);
    }

    /** A real sequence (per-axis values or a 1-D array); {@code null} if none. */
    public double[] reals(String name) {
        double[] v = get(name, double[].class);
        return v == null ? null : v.clone();
    }

    /** An integer sequence; {@code null} if none. */
    public int[] integers(String name) {
        int[] v = get(name, int[].class);
        return v == null ? null : v.clone();
    }

    public Mode mode(String name) {
        return get(name, Mode.class);
    }

    public Mode[] modes(String name) {
        Mode[] v = get(name, Mode[].class);
        return v == null ? null : v.clone();
    }

    /** A dtype; {@code null} if none. */
    public DType dtype(String name) {
        return get(name, DType.class);
    }

    /** A parameter whose type parses into some other object (e.g. an array file), or null for none. */
    public <T> T object(String name, Class<T> type) {
        return get(name, type);
    }

    private Object value(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException(spec.name() + " has no parameter '" + name + "'");
        }
        return values.get(name);
    }

    private <T> T get(String name, Class<T> type) {
        Object v = value(name);
        if (v != null && !type.isInstance(v)) {
            throw new IllegalStateException(spec.name() + ": parameter '" + name + "' holds a "
                    + v.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(v);
    }
}
