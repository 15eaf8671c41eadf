package org.sciaccel.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small subset of Python literal syntax that NumPy writes into {@code .npy} headers
 * (the header is {@code repr()} of a dict and NumPy reads it with {@code ast.literal_eval}).
 *
 * <p>Supported: dicts, tuples and lists (trailing commas allowed, {@code (5,)} is a one-tuple,
 * {@code (5)} is just 5 as in Python), strings in single or double quotes with backslash escapes,
 * integers (with an optional sign and a Python 2 {@code L} suffix), {@code True}, {@code False},
 * {@code None}. Values map to {@code Map<Object,Object>} (insertion order), {@code List<Object>}
 * (tuples and lists alike, both unmodifiable), {@code String}, {@code BigInteger},
 * {@code Boolean} and {@link #NONE}. Anything else fails with an {@link IllegalArgumentException}
 * naming the offset and what was found.
 */
final class PythonLiteralParser {
    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /**
     * Deeper nesting than any header NumPy writes (a dict holding a shape tuple is two levels);
     * the bound keeps a hostile header from overflowing the stack of this recursive parser.
     */
    static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private PythonLiteralParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} as exactly one literal, surrounded by optional whitespace. */
    static Object parse(String text) {
        PythonLiteralParser p = new PythonLiteralParser(text);
        Object value = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the literal");
        }
        return value;
    }

    private Object value() {
        if (++depth > MAX_DEPTH) {
            throw error("literals nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return unnestedValue();
        } finally {
            depth--;
        }
    }

    private Object unnestedValue() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a value but the text ended");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return dict();
            case '(': return tupleOrParenthesised();
            case '[': return sequence('[', ']');
            case '\'': case '"': return string();
            default: break;
        }
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            return integer();
        }
        if (Character.isLetter(c) || c == '_') {
            String word = identifier();
            switch (word) {
                case "True": return Boolean.TRUE;
                case "False": return Boolean.FALSE;
                case "None": return NONE;
                default: throw error("unsupported name '" + word + "'", pos - word.length());
            }
        }
        throw error("unexpected character '" + c + "'");
    }

    private Map<Object, Object> dict() {
        expect('{');
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) {
                pos++;
                return Collections.unmodifiableMap(map);
            }
            int keyAt = pos;
            Object key = value();
            if (key instanceof Map || key instanceof List) {
                throw error("a dict key must be a string or number", keyAt);
            }
            skipSpace();
            expect(':');
            Object v = value();
            if (map.put(key, v) != null) {
                throw error("duplicate key " + key, keyAt);
            }
            skipSpace();
            if (peek(',')) {
                pos++;
            } else if (!peek('}')) {
                throw error("expected ',' or '}' in a dict");
            }
        }
    }

    /** {@code (x)} is x; {@code ()} , {@code (x,)} and {@code (x, y)} are tuples. */
    private Object tupleOrParenthesised() {
        expect('(');
        List<Object> items = new ArrayList<>();
        boolean sawComma = false;
        while (true) {
            skipSpace();
            if (peek(')')) {
                pos++;
                if (items.size() == 1 && !sawComma) {
                    return items.get(0);
                }
                return Collections.unmodifiableList(items);
            }
            items.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
                sawComma = true;
            } else if (!peek(')')) {
                throw error("expected ',' or ')' in a tuple");
            }
        }
    }

    private List<Object> sequence(char open, char close) {
        expect(open);
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek(close)) {
                pos++;
                return Collections.unmodifiableList(items);
            }
            items.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
            } else if (!peek(close)) {
                throw error("expected ',' or '" + close + "' in a list");
            }
        }
    }

    private String string() {
        int start = pos;
        char quote = text.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string", start);
            }
            char c = text.charAt(pos++);
            if (c == quote) {
                return b.toString();
            }
            if (c == '\n') {
                throw error("unterminated string", start);
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string", start);
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '\\': b.append('\\'); break;
                case '\'': b.append('\''); break;
                case '"': b.append('"'); break;
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case '0': b.append('\0'); break;
                case 'x': b.append((char) hex(2)); break;
                case 'u': b.append((char) hex(4)); break;
                default: throw error("unsupported escape '\\" + e + "'", pos - 2);
            }
        }
    }

    private int hex(int digits) {
        if (pos + digits > text.length()) {
            throw error("truncated escape");
        }
        try {
            int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            throw error("bad hex escape");
        }
    }

    private BigInteger integer() {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        int digitsStart = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == digitsStart) {
            throw error("expected digits", start);
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            throw error("only integers are supported here", start);
        }
        BigInteger v = new BigInteger(text.substring(start, pos).replace("_", "").replace("+", ""));
        if (pos < text.length() && (text.charAt(pos) == 'L' || text.charAt(pos) == 'l')) {
            pos++; // Python 2 long suffix, still found in old files
        }
        return v;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw error(pos < text.length() ? "expected '" + c + "' but found '" + text.charAt(pos) + "'"
                    : "expected '" + c + "' but the text ended");
        }
        pos++;
    }

    private IllegalArgumentException error(String what) {
        return error(what, pos);
    }

    private IllegalArgumentException error(String what, int at) {
        return new IllegalArgumentException(what + " at offset " + at);
    }
}
