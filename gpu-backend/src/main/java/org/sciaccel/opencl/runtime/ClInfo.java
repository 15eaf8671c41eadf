package org.sciaccel.opencl.runtime;

import java.nio.charset.StandardCharsets;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;

/** Typed reads of OpenCL info queries (clGet*Info), which JOCL exposes as raw byte buffers. */
public final class ClInfo {
    private ClInfo() {
    }

    public static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        CL.clGetPlatformInfo(platform, param, 0, null, size);
        byte[] buffer = new byte[(int) size[0]];
        CL.clGetPlatformInfo(platform, param, buffer.length, Pointer.to(buffer), null);
        return cString(buffer);
    }

    public static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        CL.clGetDeviceInfo(device, param, 0, null, size);
        byte[] buffer = new byte[(int) size[0]];
        CL.clGetDeviceInfo(device, param, buffer.length, Pointer.to(buffer), null);
        return cString(buffer);
    }

    /** A cl_ulong or cl_bitfield device property. */
    public static long deviceLong(cl_device_id device, int param) {
        long[] value = new long[1];
        CL.clGetDeviceInfo(device, param, Sizeof.cl_ulong, Pointer.to(value), null);
        return value[0];
    }

    /** A cl_uint device property. */
    public static int deviceInt(cl_device_id device, int param) {
        int[] value = new int[1];
        CL.clGetDeviceInfo(device, param, Sizeof.cl_uint, Pointer.to(value), null);
        return value[0];
    }

    /** A size_t device property. */
    public static long deviceSize(cl_device_id device, int param) {
        if (Sizeof.size_t == 4) {
            int[] value = new int[1];
            CL.clGetDeviceInfo(device, param, Sizeof.size_t, Pointer.to(value), null);
            return value[0] & 0xFFFFFFFFL;
        }
        long[] value = new long[1];
        CL.clGetDeviceInfo(device, param, Sizeof.size_t, Pointer.to(value), null);
        return value[0];
    }

    /** A size_t[] device property of {@code count} values (CL_DEVICE_MAX_WORK_ITEM_SIZES). */
    public static long[] deviceSizes(cl_device_id device, int param, int count) {
        long[] out = new long[count];
        if (Sizeof.size_t == 4) {
            int[] value = new int[count];
            CL.clGetDeviceInfo(device, param, (long) Sizeof.size_t * count, Pointer.to(value), null);
            for (int i = 0; i < count; i++) {
                out[i] = value[i] & 0xFFFFFFFFL;
            }
        } else {
            CL.clGetDeviceInfo(device, param, (long) Sizeof.size_t * count, Pointer.to(out), null);
        }
        return out;
    }

    /** A size_t kernel work-group property. */
    public static long kernelWorkGroupSize(cl_kernel kernel, cl_device_id device, int param) {
        if (Sizeof.size_t == 4) {
            int[] value = new int[1];
            CL.clGetKernelWorkGroupInfo(kernel, device, param, Sizeof.size_t, Pointer.to(value), null);
            return value[0] & 0xFFFFFFFFL;
        }
        long[] value = new long[1];
        CL.clGetKernelWorkGroupInfo(kernel, device, param, Sizeof.size_t, Pointer.to(value), null);
        return value[0];
    }

    /** A cl_ulong kernel work-group property (local memory sizes). */
    public static long kernelWorkGroupLong(cl_kernel kernel, cl_device_id device, int param) {
        long[] value = new long[1];
        CL.clGetKernelWorkGroupInfo(kernel, device, param, Sizeof.cl_ulong, Pointer.to(value), null);
        return value[0];
    }

    public static String buildLog(cl_program program, cl_device_id device) {
        long[] size = new long[1];
        CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG, 0, null, size);
        if (size[0] <= 1) {
            return "";
        }
        byte[] buffer = new byte[(int) size[0]];
        CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG, buffer.length, Pointer.to(buffer), null);
        return cString(buffer).strip();
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).trim();
    }
}
