package org.sciaccel.registry;

/**
 * An array argument or array result of an op: SciPy's name and a short doc.
 *
 * @param name     SciPy's name ({@code input}; {@code result} for a function returning one array)
 * @param doc      one line for the ops listing
 * @param optional for a result: whether the op may leave it out, as SciPy's distance transforms return only
 *                 the parts asked for ({@code return_distances}, {@code return_indices}); for an argument:
 *                 whether a call may leave it out (NumPy's {@code *xi}, see {@link OpSpec.Builder#optionalInput})
 * @param sequence a sequence of arrays, as NumPy's {@code concatenate((a1, a2, ...))} takes and {@code split}
 *                 returns: as the last argument, one or more arrays (positional files, or
 *                 {@code name=@a.npy,@b.npy}), none allowed as well when also optional (a formula's
 *                 arrays, {@link OpSpec.Builder#variadicInput}); as a result, zero or more arrays named
 *                 {@code name_0, name_1, ...} (see {@link #elementName})
 */
public record ArraySpec(String name, String doc, boolean optional, boolean sequence) {

    /** An argument, or a result the op always returns. */
    public ArraySpec(String name, String doc) {
        this(name, doc, false, false);
    }

    /** An argument or a result, optional as {@code optional} says. */
    public ArraySpec(String name, String doc, boolean optional) {
        this(name, doc, optional, false);
    }

    /** The name of the {@code i}-th array of a sequence result: {@code result_0}, {@code result_1}, ... */
    public static String elementName(String sequenceName, int i) {
        return sequenceName + "_" + i;
    }
}
