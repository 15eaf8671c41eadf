package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.opencl.runtime.ClDeviceInfo;
import org.sciaccel.opencl.runtime.DeviceSelection;
import org.sciaccel.opencl.runtime.OpenCLDiscovery;

/**
 * Finds an OpenCL device for the tests: skips them when there is none, unless
 * {@code SCIACCEL_REQUIRE_OPENCL=1} (set in CI), where a missing device fails them.
 */
public final class OpenCLTestSupport {
    private OpenCLTestSupport() {
    }

    public static boolean openclRequired() {
        return "1".equals(System.getenv("SCIACCEL_REQUIRE_OPENCL"));
    }

    /** The discovery result, with at least one device, or the test is skipped (or failed when required). */
    public static OpenCLDiscovery.Result requireDevices() {
        OpenCLDiscovery.Result r = OpenCLDiscovery.discover();
        String problem = r.unavailableReason() != null ? r.unavailableReason()
                : r.devices().isEmpty() ? "no OpenCL device found" : null;
        if (problem != null) {
            if (openclRequired()) {
                fail("SCIACCEL_REQUIRE_OPENCL=1 but OpenCL is unavailable: " + problem);
            }
            Assumptions.abort("no OpenCL device: " + problem);
        }
        return r;
    }

    /** The device the backend would choose by default. */
    public static ClDeviceInfo device() {
        List<ClDeviceInfo> devices = requireDevices().devices();
        DeviceSelection.Choice c = DeviceSelection.choose(devices);
        if (c.device() == null) {
            fail(c.problem());
        }
        return c.device();
    }

    /** A private backend on the default device; the caller closes it. */
    public static OpenCLBackend newBackend() {
        return new OpenCLBackend(device(), false);
    }

    /** Real dtypes, float64 included. */
    public static final DType[] REAL = {DType.FLOAT32, DType.FLOAT64, DType.UINT8, DType.UINT16, DType.INT32, DType.INT64,
        DType.BOOL};

    /**
     * Random values suited to {@code dtype}: floats with a sign and fraction, integers over their
     * range (so that filters produce values that truncate and wrap on narrow outputs).
     */
    public static HostArray random(DType dtype, int[] shape, Random rnd) {
        int n = Shapes.size(shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            switch (dtype) {
                case FLOAT32: case FLOAT64: v[i] = (rnd.nextDouble() - 0.4) * 600; break;
                case UINT8: v[i] = rnd.nextInt(256); break;
                case UINT16: v[i] = rnd.nextInt(65536); break;
                case INT32: v[i] = rnd.nextInt(2_000_001) - 1_000_000; break;
                case INT64: v[i] = rnd.nextInt(2_000_001) - 1_000_000; break;
                case BOOL: v[i] = rnd.nextInt(2); break;
                default: throw new AssertionError(dtype);
            }
        }
        return HostArray.fromDoubles(v, dtype, shape);
    }
}
