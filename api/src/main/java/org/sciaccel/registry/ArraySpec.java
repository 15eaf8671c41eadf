package org.sciaccel.registry;

/**
 * An array argument or array result of an op: SciPy's name and a short doc.
 *
 * @param name     SciPy's name ({@code input}; {@code result} for a function returning one array)
 * @param doc      one line for the ops listing
 * @param optional for a result: whether the op may leave it out, as SciPy's distance transforms return only
 *                 the parts asked for ({@code return_distances}, {@code return_indices}); for an argument:
 *                 whether a call may leave it out (NumPy's {@code *xi}, see {@link OpSpec.Builder#optionalInput})
 */
public record ArraySpec(String name, String doc, boolean optional) {

    /** An argument, or a result the op always returns. */
    public ArraySpec(String name, String doc) {
        this(name, doc, false);
    }
}
