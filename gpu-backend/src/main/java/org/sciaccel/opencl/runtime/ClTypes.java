package org.sciaccel.opencl.runtime;

import org.sciaccel.DType;

/**
 * How each {@link DType} is stored on a device and named in OpenCL C: bool and uint8 as
 * {@code uchar}, uint16 as {@code ushort}, int32 {@code int}, int64 {@code long}, int8 {@code char},
 * int16 {@code short}, uint32 {@code uint}, uint64 {@code ulong}, float16 as {@code ushort} holding the
 * half bits (OpenCL's {@code half} is optional; kernels read and write it with vload_half/vstore_half),
 * complex types as interleaved (real, imaginary) {@code float} / {@code double} pairs. Kind codes
 * (the DType ordinals) match {@code common/dtypes.cl}.
 */
public final class ClTypes {
    private ClTypes() {
    }

    /** The OpenCL C type of one stored value (of one component, for the complex types). */
    public static String clType(DType t) {
        switch (t) {
            case FLOAT32: case COMPLEX64: return "float";
            case FLOAT64: case COMPLEX128: return "double";
            case UINT8: case BOOL: return "uchar";
            case UINT16: return "ushort";
            case INT32: return "int";
            case INT64: return "long";
            case INT8: return "char";
            case INT16: return "short";
            case UINT32: return "uint";
            case UINT64: return "ulong";
            case FLOAT16: return "ushort";
            default: throw new AssertionError(t);
        }
    }

    /** The code {@code common/dtypes.cl} gives a real type (complex types: the code of their component). */
    public static int kindCode(DType t) {
        switch (t) {
            case FLOAT32: case COMPLEX64: return 0;
            case FLOAT64: case COMPLEX128: return 1;
            case UINT8: return 2;
            case UINT16: return 3;
            case INT32: return 4;
            case INT64: return 5;
            case BOOL: return 6;
            case INT8: return 9;
            case INT16: return 10;
            case UINT32: return 11;
            case UINT64: return 12;
            case FLOAT16: return 13;
            default: throw new AssertionError(t);
        }
    }

    /** The real component type of a complex type; a real type itself. */
    public static DType component(DType t) {
        switch (t) {
            case COMPLEX64: return DType.FLOAT32;
            case COMPLEX128: return DType.FLOAT64;
            default: return t;
        }
    }

    /** Whether the type needs double precision on the device. */
    public static boolean needsFp64(DType t) {
        return t == DType.FLOAT64 || t == DType.COMPLEX128;
    }

    /** Build options naming the input type: {@code -D IN_T=uchar -D IN_KIND=2}. */
    public static String inOptions(DType t) {
        return "-D IN_T=" + clType(t) + " -D IN_KIND=" + kindCode(t);
    }

    /** Build options naming the output type. */
    public static String outOptions(DType t) {
        return "-D OUT_T=" + clType(t) + " -D OUT_KIND=" + kindCode(t);
    }

    /** {@code -D KERNEL_SUFFIX=_<from>_to_<to>}: the variant in the kernel's name (see common/prelude.cl). */
    public static String suffixOption(DType from, DType to) {
        return "-D KERNEL_SUFFIX=" + suffix(from, to);
    }

    /** {@code _<from>_to_<to>} with NumPy's type names. */
    public static String suffix(DType from, DType to) {
        return "_" + from.numpyName() + "_to_" + to.numpyName();
    }
}
