package org.sciaccel.opencl.runtime;

import java.util.Locale;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * One OpenCL device as discovery found it.
 *
 * @param index            position in the flat list of devices across all platforms (what
 *                         {@code sciaccel.opencl.device} selects by number)
 * @param platformName     name of the platform the device belongs to
 * @param name             device name
 * @param vendor           device vendor
 * @param type             {@code GPU}, {@code CPU}, {@code ACCELERATOR}, {@code CUSTOM} or {@code DEFAULT}
 * @param version          the device's OpenCL version string
 * @param openclCVersion   the OpenCL C version the compiler accepts
 * @param driverVersion    driver version string
 * @param globalMemBytes   CL_DEVICE_GLOBAL_MEM_SIZE
 * @param maxAllocBytes    CL_DEVICE_MAX_MEM_ALLOC_SIZE, the largest single buffer
 * @param computeUnits     CL_DEVICE_MAX_COMPUTE_UNITS
 * @param localMemBytes    CL_DEVICE_LOCAL_MEM_SIZE
 * @param maxWorkGroupSize CL_DEVICE_MAX_WORK_GROUP_SIZE
 * @param fp64             whether the device does double precision (cl_khr_fp64 or a non-zero double config)
 */
public record ClDeviceInfo(int index, String platformName, String name, String vendor, String type, String version,
        String openclCVersion, String driverVersion, long globalMemBytes, long maxAllocBytes, int computeUnits,
        long localMemBytes, long maxWorkGroupSize, boolean fp64, cl_platform_id platform, cl_device_id device) {

    /** GPUs and accelerators are what the OpenCL backend is for; a CPU device ranks below the CPU backend. */
    public boolean isGpuOrAccelerator() {
        return type.equals("GPU") || type.equals("ACCELERATOR");
    }

    /** Whether the compiler takes {@code -cl-std=CL1.2} (OpenCL C 1.2 or later). */
    boolean acceptsOpenCLC12() {
        // "OpenCL C <major>.<minor> ..."
        String[] words = openclCVersion.split("\\s+");
        if (words.length < 3) {
            return false;
        }
        String[] parts = words[2].split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return major > 1 || (major == 1 && minor >= 2);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One line for {@code sciaccel info}. */
    public String describe() {
        return String.format(Locale.ROOT,
                "[%d] %s (%s, %s) %s; %s; %s global memory, %s max allocation, %d compute units, %s local memory,"
                        + " max work-group %d, float64 %s",
                index, name, vendor, type, version, openclCVersion, bytes(globalMemBytes), bytes(maxAllocBytes),
                computeUnits, bytes(localMemBytes), maxWorkGroupSize, fp64 ? "yes" : "no");
    }

    static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
        }
        if (b >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", b / (double) (1L << 20));
        }
        if (b >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", b / (double) (1L << 10));
        }
        return b + " B";
    }
}
