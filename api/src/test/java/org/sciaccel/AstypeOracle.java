package org.sciaccel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's astype for every pair of dtypes, as make_astype_oracle.py wrote it (test resource
 * {@code astype/astype_oracle.txt}): one case per (source, target) pair, the arrays held as the bits of
 * their storage. Shared by the host test here and the backends' tests (through the api test jar's
 * resources on their class path is not assumed: they copy the case list through {@link #cases()}).
 */
public final class AstypeOracle {
    /** One pair: the source array and NumPy's converted array. */
    public record Case(DType from, DType to, HostArray source, HostArray expected) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private AstypeOracle() {
    }

    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (InputStream in = AstypeOracle.class.getResourceAsStream("/astype/astype_oracle.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] halves = line.split("\\|");
                String[] head = halves[0].trim().split(" ");
                DType from = DType.fromName(head[0]);
                DType to = DType.fromName(head[1]);
                String[] src = new String[head.length - 2];
                System.arraycopy(head, 2, src, 0, src.length);
                String[] dst = halves[1].trim().isEmpty() ? new String[0] : halves[1].trim().split(" ");
                out.add(new Case(from, to, fromBits(from, src), fromBits(to, dst)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An array of {@code t} whose storage holds the given hexadecimal bit patterns. */
    public static HostArray fromBits(DType t, String[] hex) {
        int values = hex.length;
        int n = values / t.javaValuesPerElement();
        HostArray a = HostArray.zeros(t, n);
        Object d = a.data();
        for (int i = 0; i < values; i++) {
            long b = Long.parseUnsignedLong(hex[i], 16);
            if (d instanceof byte[]) ((byte[]) d)[i] = (byte) b;
            else if (d instanceof short[]) ((short[]) d)[i] = (short) b;
            else if (d instanceof int[]) ((int[]) d)[i] = (int) b;
            else if (d instanceof long[]) ((long[]) d)[i] = b;
            else if (d instanceof float[]) ((float[]) d)[i] = Float.intBitsToFloat((int) b);
            else ((double[]) d)[i] = Double.longBitsToDouble(b);
        }
        return a;
    }

    /** The storage bits of value {@code i}, NaNs of every payload folded to one pattern. */
    public static long bits(HostArray a, int i) {
        Object d = a.data();
        if (d instanceof byte[]) return ((byte[]) d)[i] & 0xFFL;
        if (d instanceof short[]) {
            short s = ((short[]) d)[i];
            return a.dtype() == DType.FLOAT16 && Double.isNaN(Half.toDouble(s)) ? -1 : s & 0xFFFFL;
        }
        if (d instanceof int[]) return ((int[]) d)[i] & 0xFFFF_FFFFL;
        if (d instanceof long[]) return ((long[]) d)[i];
        if (d instanceof float[]) {
            float f = ((float[]) d)[i];
            return Float.isNaN(f) ? -1 : Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        }
        double v = ((double[]) d)[i];
        return Double.isNaN(v) ? -1 : Double.doubleToRawLongBits(v);
    }

    /** Null when equal bit for bit (NaN payloads aside), else the first difference in words. */
    public static String difference(HostArray expected, HostArray actual) {
        if (expected.dtype() != actual.dtype() || expected.size() != actual.size()) {
            return "got " + actual + ", expected " + expected;
        }
        int values = expected.size() * expected.dtype().javaValuesPerElement();
        for (int i = 0; i < values; i++) {
            if (bits(expected, i) != bits(actual, i)) {
                return "value " + i + ": bits " + Long.toHexString(bits(actual, i)) + ", NumPy "
                        + Long.toHexString(bits(expected, i));
            }
        }
        return null;
    }
}
