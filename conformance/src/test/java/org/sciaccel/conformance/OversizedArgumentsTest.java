package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.ndimage.Ndimage;

/**
 * Sizes whose arrays cannot exist are refused before any work, by name, on every backend — they
 * overflowed into NegativeArraySizeException (a window of 2^31 - 1, sigma=1e300, a complex FFT of
 * more than 2^30 points).
 */
class OversizedArgumentsTest {

    private static void refused(String mentions, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(mentions), () -> "expected '" + mentions + "' in: " + e.getMessage());
    }

    @Test
    void windowsKernelsAndTransformsTooLargeForAnArray() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray img = NDArray.fromHost(b, HostArray.zeros(DType.UINT8, 8, 8));
                    NDArray line = NDArray.fromHost(b, HostArray.zeros(DType.FLOAT32, 10))) {
                int huge = Integer.MAX_VALUE;
                refused("size=2147483647 along axis 0 (length 8)", () -> Ndimage.uniformFilter(img, huge));
                refused("size=2147483647 along axis 0 (length 8)", () -> Ndimage.maximumFilter(img, huge));
                refused("size=2147483647 along axis 0 (length 10)", () -> Ndimage.maximumFilter1d(line, huge));
                refused("size=2147483647 along axis 0 (length 10)", () -> Ndimage.uniformFilter1d(line, huge));
                refused("Maximum allowed size exceeded", () -> Ndimage.gaussianFilter(line, 1e300));
                refused("Maximum allowed size exceeded", () -> Ndimage.gaussianFilter1d(line, 1e300));
                if (name.equals(TestBackends.CPU)) {
                    // host arrays end at 2^31 values; a device may hold this one (PoCL reports its
                    // allocation limit, a large GPU computes it)
                    refused("more than a Java array can hold", () -> Fft.fft(line, (1 << 30) + 1, -1, null));
                }
            }
        }
    }
}
