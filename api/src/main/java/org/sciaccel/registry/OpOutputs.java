package org.sciaccel.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sciaccel.NDArray;

/**
 * The results of one op call, by SciPy's names, in SciPy's order: arrays ({@link NDArray}),
 * scalars ({@link Number}), flags ({@link Boolean}), texts ({@link String}, e.g. an
 * {@code OptimizeResult}'s message) and JSON lists. Closing it closes the arrays.
 */
public final class OpOutputs implements AutoCloseable {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The outputs of a function returning one array, named {@code result}. */
    public static OpOutputs result(NDArray array) {
        return new OpOutputs().array("result", array);
    }

    public OpOutputs array(String name, NDArray array) {
        put(name, array);
        return this;
    }

    public OpOutputs scalar(String name, Number value) {
        put(name, value);
        return this;
    }

    /** A flag, e.g. an {@code OptimizeResult}'s {@code success}. */
    public OpOutputs flag(String name, boolean value) {
        put(name, value);
        return this;
    }

    /** A text, e.g. an {@code OptimizeResult}'s {@code message}. */
    public OpOutputs text(String name, String value) {
        put(name, value);
        return this;
    }

    /** A structured result (nested lists of numbers and nulls, e.g. find_objects' slices), written as JSON. */
    public OpOutputs json(String name, java.util.List<?> value) {
        put(name, value);
        return this;
    }

    private void put(String name, Object v) {
        if (v == null) {
            throw new IllegalArgumentException("output " + name + ": null");
        }
        if (values.putIfAbsent(name, v) != null) {
            throw new IllegalArgumentException("output " + name + " given twice");
        }
    }

    /** Name to {@link NDArray}, {@link Number}, {@link Boolean}, {@link String} or a JSON list, in order. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Closes every array output. */
    @Override
    public void close() {
        for (Object v : values.values()) {
            if (v instanceof NDArray a) {
                a.close();
            }
        }
    }
}
