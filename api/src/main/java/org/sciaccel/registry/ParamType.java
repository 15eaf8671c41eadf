package org.sciaccel.registry;

/**
 * How the text of one {@code name=value} argument becomes the Java value an op's invoker reads.
 * The value {@code none} never reaches a type: {@link ParamSpec} turns it into {@code null} where
 * the parameter allows it.
 */
public interface ParamType {

    /** What values look like, for the ops listing, e.g. {@code "float, or one per axis"}. */
    String describe();

    /**
     * Parses {@code text}.
     *
     * @param param the parameter's name, for error messages
     * @throws org.sciaccel.cli.UsageException naming the parameter and the value when it does not parse
     */
    Object parse(String param, String text);
}
