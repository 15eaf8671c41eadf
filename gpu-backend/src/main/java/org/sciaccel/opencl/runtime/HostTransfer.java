package org.sciaccel.opencl.runtime;

import org.jocl.Pointer;

/** JOCL pointers to the primitive arrays that hold host data (see {@link org.sciaccel.DType}). */
public final class HostTransfer {
    private HostTransfer() {
    }

    public static Pointer pointerTo(Object data) {
        if (data instanceof float[] a) return Pointer.to(a);
        if (data instanceof double[] a) return Pointer.to(a);
        if (data instanceof byte[] a) return Pointer.to(a);
        if (data instanceof short[] a) return Pointer.to(a);
        if (data instanceof int[] a) return Pointer.to(a);
        if (data instanceof long[] a) return Pointer.to(a);
        throw new IllegalArgumentException("data: " + data.getClass().getName() + " is not a host array type");
    }
}
