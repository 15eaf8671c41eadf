package org.sciaccel.opencl.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Lists every OpenCL platform and device. Touches the OpenCL driver only when {@link #discover()}
 * is called, never while classes load, so that a machine without libOpenCL can still load sciaccel.
 */
public final class OpenCLDiscovery {

    /**
     * What discovery found.
     *
     * @param platforms         every platform, in the order the ICD loader reports them
     * @param unavailableReason why OpenCL cannot be used at all (no library, no platform), or null
     */
    public record Result(List<ClPlatformInfo> platforms, String unavailableReason) {
        /** All devices of all platforms, in the flat order that {@link ClDeviceInfo#index()} numbers. */
        public List<ClDeviceInfo> devices() {
            List<ClDeviceInfo> all = new ArrayList<>();
            for (ClPlatformInfo p : platforms) {
                all.addAll(p.devices());
            }
            return all;
        }
    }

    private OpenCLDiscovery() {
    }

    /** Enables JOCL's exceptions; the first call loads the native libraries (and may fail with a LinkageError). */
    static void initJocl() {
        CL.setExceptionsEnabled(true);
    }

    /** Queries the driver. Never throws: problems are reported in {@link Result#unavailableReason()}. */
    public static Result discover() {
        // Asked before any JOCL class loads: JOCL prints its own lines to stdout when it cannot load the library.
        String missing = OpenCLLibraryProbe.unavailableReason();
        if (missing != null) {
            return new Result(List.of(), libraryMissing(missing));
        }
        try {
            initJocl();
        } catch (LinkageError e) {
            return new Result(List.of(), libraryMissing(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        cl_platform_id[] ids;
        try {
            int[] count = new int[1];
            CL.clGetPlatformIDs(0, null, count);
            if (count[0] == 0) {
                return new Result(List.of(), noPlatform("no OpenCL platform is installed"));
            }
            ids = new cl_platform_id[count[0]];
            CL.clGetPlatformIDs(ids.length, ids, null);
        } catch (CLException e) {
            // The ICD loader answers CL_PLATFORM_NOT_FOUND_KHR when no driver is registered.
            return new Result(List.of(), noPlatform("no OpenCL platform found (" + e.getMessage() + ")"));
        } catch (LinkageError e) {
            return new Result(List.of(), "the OpenCL library could not be used (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")");
        }
        List<ClPlatformInfo> platforms = new ArrayList<>();
        int flatIndex = 0;
        for (cl_platform_id id : ids) {
            String name = safePlatformString(id, CL.CL_PLATFORM_NAME);
            String vendor = safePlatformString(id, CL.CL_PLATFORM_VENDOR);
            String version = safePlatformString(id, CL.CL_PLATFORM_VERSION);
            List<ClDeviceInfo> devices = new ArrayList<>();
            String problem = null;
            try {
                for (cl_device_id d : deviceIds(id)) {
                    devices.add(describeDevice(flatIndex++, name, id, d));
                }
            } catch (CLException e) {
                problem = "its devices could not be listed: " + e.getMessage();
            }
            platforms.add(new ClPlatformInfo(name, vendor, version, Collections.unmodifiableList(devices), problem));
        }
        return new Result(Collections.unmodifiableList(platforms), null);
    }

    private static String libraryMissing(String why) {
        return "the OpenCL library could not be loaded (" + why + "); install a GPU driver with OpenCL, or pocl-opencl-icd for CPUs";
    }

    private static String noPlatform(String what) {
        return what + "; install a GPU driver with OpenCL, or pocl-opencl-icd for CPUs";
    }

    private static cl_device_id[] deviceIds(cl_platform_id platform) {
        int[] count = new int[1];
        try {
            CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, 0, null, count);
        } catch (CLException e) {
            if (e.getStatus() == CL.CL_DEVICE_NOT_FOUND) {
                return new cl_device_id[0];
            }
            throw e;
        }
        cl_device_id[] ids = new cl_device_id[count[0]];
        CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, ids.length, ids, null);
        return ids;
    }

    private static ClDeviceInfo describeDevice(int index, String platformName, cl_platform_id platform, cl_device_id d) {
        String extensions = ClInfo.deviceString(d, CL.CL_DEVICE_EXTENSIONS);
        boolean fp64 = extensions.contains("cl_khr_fp64") || doubleConfig(d) != 0;
        return new ClDeviceInfo(index, platformName,
                ClInfo.deviceString(d, CL.CL_DEVICE_NAME),
                ClInfo.deviceString(d, CL.CL_DEVICE_VENDOR),
                typeName(ClInfo.deviceLong(d, CL.CL_DEVICE_TYPE)),
                ClInfo.deviceString(d, CL.CL_DEVICE_VERSION),
                ClInfo.deviceString(d, CL.CL_DEVICE_OPENCL_C_VERSION),
                ClInfo.deviceString(d, CL.CL_DRIVER_VERSION),
                ClInfo.deviceLong(d, CL.CL_DEVICE_GLOBAL_MEM_SIZE),
                ClInfo.deviceLong(d, CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE),
                ClInfo.deviceInt(d, CL.CL_DEVICE_MAX_COMPUTE_UNITS),
                ClInfo.deviceLong(d, CL.CL_DEVICE_LOCAL_MEM_SIZE),
                ClInfo.deviceSize(d, CL.CL_DEVICE_MAX_WORK_GROUP_SIZE),
                fp64, platform, d);
    }

    /** CL_DEVICE_DOUBLE_FP_CONFIG, or 0 where a 1.x driver without fp64 rejects the query. */
    private static long doubleConfig(cl_device_id d) {
        try {
            return ClInfo.deviceLong(d, CL.CL_DEVICE_DOUBLE_FP_CONFIG);
        } catch (CLException e) {
            return 0;
        }
    }

    static String typeName(long type) {
        if ((type & CL.CL_DEVICE_TYPE_GPU) != 0) return "GPU";
        if ((type & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) return "ACCELERATOR";
        if ((type & CL.CL_DEVICE_TYPE_CPU) != 0) return "CPU";
        if ((type & CL.CL_DEVICE_TYPE_CUSTOM) != 0) return "CUSTOM";
        return "DEFAULT";
    }

    private static String safePlatformString(cl_platform_id id, int param) {
        try {
            return ClInfo.platformString(id, param);
        } catch (CLException e) {
            return "?";
        }
    }
}
