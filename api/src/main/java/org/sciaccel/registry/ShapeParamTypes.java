package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.numpy.Index;

/**
 * The parameter types of NumPy's shape and indexing ops: shapes and axis tuples in Python's
 * spelling, an index in NumPy's syntax, Python scalars, arrays given as {@code @file.npy}.
 */
final class ShapeParamTypes {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** A shape or a tuple of ints: {@code (2, 3)}, {@code 2,3}, {@code -1}, {@code ()}; as an {@code int[]}. */
    static final ParamType INT_TUPLE = type("ints as a Python tuple or a comma list: (2, 3), 2,3, -1 or ()",
            ShapeParamTypes::parseTuple);

    /**
     * NumPy's {@code indices_or_sections}: one integer (the number of sections) or a list of split
     * points in brackets or with commas ({@code [2]}, {@code 1,3}); as an {@code Integer} or {@code int[]}.
     */
    static final ParamType SECTIONS = type("int (sections) or a list of indices: [2], [1, 3] or 1,3", (param, text) -> {
        String t = text.trim();
        if (INTEGER.matcher(t).matches()) {
            return ParamTypes.parseInt(param, t);
        }
        return parseTuple(param, t);
    });

    /**
     * An index: NumPy's basic-index syntax ({@code 1:5, ::-2, ..., None}) as an {@link Index}, or
     * {@code @file.npy} (a bool mask or integer indices) as a {@link HostArray}.
     */
    static final ParamType KEY = type("index in NumPy's syntax (1:5, ::-2, ..., None) or @file.npy (a bool mask or"
            + " integer indices)", (param, text) -> {
                if (text.startsWith("@")) {
                    return readArray(param, text);
                }
                try {
                    return Index.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(param + "=" + text + ": " + e.getMessage());
                }
            });

    /**
     * A value to assign: a Python scalar ({@code 3} an int, {@code 2.5} / {@code nan} / {@code inf} a
     * float, {@code True} / {@code False} a bool) as a {@code Long}, {@code Double} or {@code Boolean},
     * or {@code @file.npy} as a {@link HostArray}.
     */
    static final ParamType VALUE = type("Python scalar (3, 2.5, nan, True) or @file.npy", (param, text) -> {
        String t = text.trim();
        if (t.startsWith("@")) {
            return readArray(param, t);
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            default: break;
        }
        if (INTEGER.matcher(t).matches()) {
            return ParamTypes.parseLong(param, t);
        }
        return ParamTypes.parseReal(param, t);
    });

    /** An array given as {@code @file.npy}, as a {@link HostArray}. */
    static final ParamType ARRAY_FILE = type("@file.npy", ShapeParamTypes::readArray);

    private ShapeParamTypes() {
    }

    private interface Parser {
        Object parse(String param, String text);
    }

    private static ParamType type(String description, Parser parser) {
        return new ParamType() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public Object parse(String param, String text) {
                return parser.parse(param, text);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    static int[] parseTuple(String param, String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).trim();  // Python's one-tuple (4,)
        }
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = ParamTypes.splitList(param, t);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = ParamTypes.parseInt(param, parts[i]);
        }
        return out;
    }

    private static HostArray readArray(String param, String text) {
        String file = text.substring(1);
        if (file.isEmpty()) {
            throw new UsageException(param + "=" + text + ": no file name after '@'");
        }
        try {
            return Npy.read(Path.of(file));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
        }
    }
}
