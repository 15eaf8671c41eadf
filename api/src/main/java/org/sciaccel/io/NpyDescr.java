package org.sciaccel.io;

import java.nio.ByteOrder;
import java.util.Objects;
import org.sciaccel.DType;

/**
 * A NumPy type descriptor string ({@code descr} in the header) resolved to a {@link DType} and the
 * byte order of the stored values.
 *
 * <p>Accepted: an optional byte-order character ({@code <} little, {@code >} big, {@code =}
 * native, {@code |} not applicable — read as native, as NumPy does) followed by the type code and
 * item size ({@code f2 f4 f8 u1 u2 u4 u8 i1 i2 i4 i8 b1 c8 c16}, and {@code ?} for bool). Everything
 * else — strings, structured and object types — is rejected with the list of what is supported.
 */
final class NpyDescr {
    /** The descriptors this reader understands, in the little-endian form NumPy writes. */
    static final String SUPPORTED = "<f2 <f4 <f8 |u1 <u2 <u4 <u8 |i1 <i2 <i4 <i8 |b1 <c8 <c16 (and the big-endian '>' and native '=' forms)";

    final DType dtype;
    final ByteOrder order;

    private NpyDescr(DType dtype, ByteOrder order) {
        this.dtype = dtype;
        this.order = order;
    }

    /** Resolves {@code descr}, or returns {@code null} if it is not supported (see {@link #unsupported}). */
    static NpyDescr parse(String descr) {
        Objects.requireNonNull(descr, "descr");
        if (descr.isEmpty()) {
            return null;
        }
        char first = descr.charAt(0);
        ByteOrder order = ByteOrder.nativeOrder();
        String code = descr;
        if (first == '<' || first == '>' || first == '=' || first == '|') {
            code = descr.substring(1);
            if (first == '<') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (first == '>') {
                order = ByteOrder.BIG_ENDIAN;
            }
        }
        DType dtype;
        switch (code) {
            case "f4": dtype = DType.FLOAT32; break;
            case "f8": dtype = DType.FLOAT64; break;
            case "u1": dtype = DType.UINT8; break;
            case "u2": dtype = DType.UINT16; break;
            case "i4": dtype = DType.INT32; break;
            case "i8": dtype = DType.INT64; break;
            case "i1": dtype = DType.INT8; break;
            case "i2": dtype = DType.INT16; break;
            case "u4": dtype = DType.UINT32; break;
            case "u8": dtype = DType.UINT64; break;
            case "f2": dtype = DType.FLOAT16; break;
            case "b1": case "?": dtype = DType.BOOL; break;
            case "c8": dtype = DType.COMPLEX64; break;
            case "c16": dtype = DType.COMPLEX128; break;
            default: return null;
        }
        return new NpyDescr(dtype, order);
    }

    /** Why {@code descr} is not readable, in words, for an error message. */
    static String unsupported(String descr) {
        String code = descr.isEmpty() ? descr : descr.substring("<>=|".indexOf(descr.charAt(0)) >= 0 ? 1 : 0);
        String what;
        if (code.startsWith("O")) {
            what = "object arrays are not supported";
        } else {
            what = "unsupported dtype";
        }
        return what + " (descr '" + descr + "'); supported descr: " + SUPPORTED;
    }

    /** The little-endian descriptor NumPy writes for {@code dtype} on a little-endian machine. */
    static String littleEndianDescr(DType dtype) {
        switch (dtype) {
            case FLOAT32: return "<f4";
            case FLOAT64: return "<f8";
            case UINT8: return "|u1";
            case UINT16: return "<u2";
            case INT32: return "<i4";
            case INT64: return "<i8";
            case INT8: return "|i1";
            case INT16: return "<i2";
            case UINT32: return "<u4";
            case UINT64: return "<u8";
            case FLOAT16: return "<f2";
            case BOOL: return "|b1";
            case COMPLEX64: return "<c8";
            case COMPLEX128: return "<c16";
            default: throw new AssertionError(dtype);
        }
    }
}
