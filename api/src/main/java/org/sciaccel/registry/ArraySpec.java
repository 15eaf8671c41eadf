package org.sciaccel.registry;

/**
 * An array argument or array result of an op: SciPy's name and a short doc.
 *
 * @param name     SciPy's name ({@code input}; {@code result} for a function returning one array)
 * @param doc      one line for the ops listing
 * @param optional for a result: whether the op may leave it out, as SciPy's distance transforms return only
 *                 the parts asked for ({@code return_distances}, {@code return_indices})
 * @param variadic for the last argument: whether it takes any number of arrays (Python's {@code *args},
 *                 a formula's arrays), given as the remaining positional files
 */
public record ArraySpec(String name, String doc, boolean optional, boolean variadic) {

    /** An argument, or a result the op always returns. */
    public ArraySpec(String name, String doc) {
        this(name, doc, false, false);
    }

    /** An argument or result, optional or not. */
    public ArraySpec(String name, String doc, boolean optional) {
        this(name, doc, optional, false);
    }
}
