package org.sciaccel.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of an op, under SciPy's name: its type, its default (as the text a user would type,
 * parsed with the same type, so what {@code ops} shows is what {@code call} uses) and a short doc.
 * A parameter without a default is required.
 *
 * @param name        SciPy's parameter name
 * @param type        how values are parsed
 * @param defaultText the default as CLI text ({@code "0"}, {@code "reflect"}, {@code "none"}), or
 *                    {@code null} for a required parameter
 * @param noneAllowed whether {@code none} is a valid value (SciPy's {@code None})
 * @param doc         one line for the ops listing
 */
public record ParamSpec(String name, ParamType type, String defaultText, boolean noneAllowed, String doc) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        if (defaultText != null) {
            // A bad default is a catalogue bug; find it when the catalogue is built.
            parseText(name, type, noneAllowed, defaultText);
        }
    }

    /** A parameter the caller must give. */
    public static ParamSpec required(String name, ParamType type, String doc) {
        return new ParamSpec(name, type, null, false, doc);
    }

    /** A parameter with a default (not {@code none}). */
    public static ParamSpec optional(String name, ParamType type, String defaultText, String doc) {
        return new ParamSpec(name, type, defaultText, false, doc);
    }

    /** A parameter with a default that may also be given as {@code none} (SciPy's None). */
    public static ParamSpec optionalOrNone(String name, ParamType type, String defaultText, String doc) {
        return new ParamSpec(name, type, defaultText, true, doc);
    }

    /** A parameter that may be {@code none}, with default {@code none}. */
    public static ParamSpec optionalNone(String name, ParamType type, String doc) {
        return new ParamSpec(name, type, "none", true, doc);
    }

    public boolean isRequired() {
        return defaultText == null;
    }

    /** Parses a value given on the command line; {@code none} gives {@code null} where allowed. */
    public Object parse(String text) {
        return parseText(name, type, noneAllowed, text);
    }

    /** The default value, parsed. */
    public Object defaultValue() {
        if (isRequired()) {
            throw new IllegalStateException(name + " has no default");
        }
        return parse(defaultText);
    }

    private static Object parseText(String name, ParamType type, boolean noneAllowed, String text) {
        if (text.trim().toLowerCase(Locale.ROOT).equals("none")) {
            if (!noneAllowed) {
                throw new UsageException(name + "=" + text + ": none is not allowed here; expected " + type.describe());
            }
            return null;
        }
        if (text.isEmpty()) {
            throw new UsageException(name + "=: no value given; expected " + type.describe());
        }
        return type.parse(name, text);
    }
}
