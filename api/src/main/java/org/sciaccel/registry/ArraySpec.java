package org.sciaccel.registry;

/**
 * An array argument or array result of an op: SciPy's name and a short doc.
 *
 * @param name SciPy's name ({@code input}; {@code result} for a function returning one array)
 * @param doc  one line for the ops listing
 */
public record ArraySpec(String name, String doc) {
}
