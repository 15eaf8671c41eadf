package org.sciaccel;

import java.util.Locale;

/**
 * Element types of an {@link NDArray}, named as NumPy names them.
 *
 * <p>Host-side storage per type (see {@link HostArray}): {@code float32} in {@code float[]},
 * {@code float64} in {@code double[]}, {@code uint8}, {@code int8} and {@code bool} in {@code byte[]}
 * (bool as 0/1), {@code uint16} and {@code int16} in {@code short[]}, {@code int32} and
 * {@code uint32} in {@code int[]}, {@code int64} and {@code uint64} in {@code long[]} (the unsigned
 * types hold their bits and are read unsigned), {@code float16} in {@code short[]} holding the IEEE
 * half-precision bits (as NumPy stores it; see {@link Half}), and the complex types interleaved
 * (real, imaginary) in {@code float[]} / {@code double[]} of twice the element count.
 */
public enum DType {
    FLOAT32("float32", 4, 'f', Kind.FLOAT),
    FLOAT64("float64", 8, 'f', Kind.FLOAT),
    UINT8("uint8", 1, 'u', Kind.UNSIGNED),
    UINT16("uint16", 2, 'u', Kind.UNSIGNED),
    INT32("int32", 4, 'i', Kind.SIGNED),
    INT64("int64", 8, 'i', Kind.SIGNED),
    BOOL("bool", 1, 'b', Kind.BOOL),
    COMPLEX64("complex64", 8, 'c', Kind.COMPLEX),
    COMPLEX128("complex128", 16, 'c', Kind.COMPLEX),
    // Appended, so the earlier ordinals (the kind codes of common/dtypes.cl) keep their values.
    INT8("int8", 1, 'i', Kind.SIGNED),
    INT16("int16", 2, 'i', Kind.SIGNED),
    UINT32("uint32", 4, 'u', Kind.UNSIGNED),
    UINT64("uint64", 8, 'u', Kind.UNSIGNED),
    FLOAT16("float16", 2, 'f', Kind.FLOAT);

    /** Broad families of element types. */
    public enum Kind { FLOAT, UNSIGNED, SIGNED, BOOL, COMPLEX }

    private final String numpyName;
    private final int itemSize;
    private final char typeCode;
    private final Kind kind;

    DType(String numpyName, int itemSize, char typeCode, Kind kind) {
        this.numpyName = numpyName;
        this.itemSize = itemSize;
        this.typeCode = typeCode;
        this.kind = kind;
    }

    /** NumPy's name of the type, e.g. {@code "float32"}. */
    public String numpyName() {
        return numpyName;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** NumPy's one-letter kind code ({@code f, u, i, b, c}). */
    public char typeCode() {
        return typeCode;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFloatingPoint() {
        return kind == Kind.FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX;
    }

    /**
     * The types NumPy has that sciaccel's ops did not take before issue 12 (int8, int16, uint32,
     * uint64, float16): an op accepts them only where it computes them as SciPy does (see
     * {@link DTypeSupport}); storage, transfer and astype take every type.
     */
    public boolean isExtended() {
        return ordinal() >= INT8.ordinal();
    }

    /** True for the integer types and bool. */
    public boolean isIntegral() {
        return kind == Kind.UNSIGNED || kind == Kind.SIGNED || kind == Kind.BOOL;
    }

    /** Number of primitive Java values per element: 2 for the complex types, 1 otherwise. */
    public int javaValuesPerElement() {
        return isComplex() ? 2 : 1;
    }

    /** The primitive array class that holds this type on the host. */
    public Class<?> javaArrayClass() {
        switch (this) {
            case FLOAT32: case COMPLEX64: return float[].class;
            case FLOAT64: case COMPLEX128: return double[].class;
            case UINT8: case BOOL: case INT8: return byte[].class;
            case UINT16: case INT16: case FLOAT16: return short[].class;
            case INT32: case UINT32: return int[].class;
            case INT64: case UINT64: return long[].class;
            default: throw new AssertionError(this);
        }
    }

    /** Looks a type up by NumPy's name ({@code float32}, {@code uint8}, ...) or a common alias. */
    public static DType fromName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("dtype: null is not a dtype");
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "float": case "double": case "f8": return FLOAT64;
            case "single": case "f4": return FLOAT32;
            case "int": case "i8": case "long": return INT64;
            case "i4": return INT32;
            case "u1": return UINT8;
            case "u2": return UINT16;
            case "i1": case "byte": return INT8;
            case "i2": case "short": return INT16;
            case "u4": return UINT32;
            case "u8": return UINT64;
            case "f2": case "half": return FLOAT16;
            case "bool_": case "boolean": return BOOL;
            case "complex": case "c16": return COMPLEX128;
            case "c8": return COMPLEX64;
            default: break;
        }
        for (DType t : values()) {
            if (t.numpyName.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("dtype: unknown dtype '" + name + "'; expected one of "
                + java.util.Arrays.toString(java.util.Arrays.stream(values()).map(DType::numpyName).toArray()));
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
