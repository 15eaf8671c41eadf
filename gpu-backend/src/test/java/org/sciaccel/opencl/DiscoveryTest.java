package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.sciaccel.opencl.runtime.ClDeviceInfo;
import org.sciaccel.opencl.runtime.ClPlatformInfo;
import org.sciaccel.opencl.runtime.DeviceSelection;
import org.sciaccel.opencl.runtime.OpenCLDiscovery;
import org.sciaccel.spi.BackendProvider;

class DiscoveryTest {

    @Test
    void listsEveryPlatformAndDeviceWithTheirProperties() {
        OpenCLDiscovery.Result r = OpenCLTestSupport.requireDevices();
        assertNull(r.unavailableReason());
        List<ClDeviceInfo> devices = r.devices();
        for (int i = 0; i < devices.size(); i++) {
            ClDeviceInfo d = devices.get(i);
            assertEquals(i, d.index(), "flat index");
            assertFalse(d.name().isBlank());
            assertTrue(List.of("GPU", "CPU", "ACCELERATOR", "CUSTOM", "DEFAULT").contains(d.type()), d.type());
            assertTrue(d.version().startsWith("OpenCL"), d.version());
            assertTrue(d.globalMemBytes() > 0);
            assertTrue(d.maxAllocBytes() > 0 && d.maxAllocBytes() <= d.globalMemBytes());
            assertTrue(d.computeUnits() > 0);
            assertTrue(d.localMemBytes() > 0);
            assertTrue(d.maxWorkGroupSize() >= 1);
            assertTrue(d.describe().contains(d.name()));
        }
    }

    /** Where PoCL is installed (this machine, CI), discovery must list it. */
    @Test
    void listsPoclWhereInstalled() {
        OpenCLDiscovery.Result r = OpenCLTestSupport.requireDevices();
        boolean poclInstalled = Files.exists(Path.of("/etc/OpenCL/vendors/pocl.icd"));
        org.junit.jupiter.api.Assumptions.assumeTrue(poclInstalled, "PoCL is not installed here");
        ClPlatformInfo pocl = r.platforms().stream().filter(p -> p.name().contains("Portable Computing Language"))
                .findFirst().orElse(null);
        assertNotNull(pocl, "PoCL platform not listed: " + r.platforms());
        assertFalse(pocl.devices().isEmpty());
        assertEquals("CPU", pocl.devices().get(0).type());
        assertTrue(pocl.devices().get(0).fp64(), "PoCL's CPU device has cl_khr_fp64");
    }

    @Test
    void providerIsRegisteredAndRanksCpuDevicesBelowTheCpuBackend() {
        OpenCLTestSupport.requireDevices();
        BackendProvider provider = null;
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            if (p.name().equals("opencl")) {
                provider = p;
            }
        }
        assertNotNull(provider, "opencl provider not found by ServiceLoader");
        BackendProvider.Availability a = provider.probe();
        assertTrue(a.available(), a.reason());
        ClDeviceInfo chosen = OpenCLTestSupport.device();
        assertEquals(chosen.isGpuOrAccelerator() ? 100 : 5, a.priority());
        assertTrue(a.details().contains("* [" + chosen.index() + "] " + chosen.name()), a.details());
        assertTrue(a.reason().contains(chosen.name()), a.reason());
    }

    @Test
    void deviceChoiceByIndexNameAndDefault() {
        ClDeviceInfo cpu = fake(0, "pthread-cpu", "CPU");
        ClDeviceInfo gpu = fake(1, "NVIDIA GeForce RTX", "GPU");
        ClDeviceInfo gpu2 = fake(2, "AMD Radeon", "GPU");
        List<ClDeviceInfo> all = List.of(cpu, gpu, gpu2);
        assertSame(gpu, DeviceSelection.choose(all, null).device(), "first GPU by default");
        assertSame(cpu, DeviceSelection.choose(List.of(cpu), " ").device(), "first device when no GPU");
        assertSame(gpu2, DeviceSelection.choose(all, "2").device());
        assertSame(gpu2, DeviceSelection.choose(all, "radeon").device());
        assertSame(cpu, DeviceSelection.choose(all, "PTHREAD").device());
        DeviceSelection.Choice none = DeviceSelection.choose(all, "intel");
        assertNull(none.device());
        assertTrue(none.problem().contains("'intel'") && none.problem().contains("[1] NVIDIA GeForce RTX (GPU)"),
                none.problem());
        DeviceSelection.Choice badIndex = DeviceSelection.choose(all, "7");
        assertNull(badIndex.device());
        assertTrue(badIndex.problem().contains("sciaccel.opencl.device=7"), badIndex.problem());
    }

    @Test
    void unmatchedDevicePropertyMakesTheProviderUnavailableWithTheList() {
        OpenCLTestSupport.requireDevices();
        String old = System.getProperty(DeviceSelection.DEVICE_PROPERTY);
        System.setProperty(DeviceSelection.DEVICE_PROPERTY, "no-such-device-xyz");
        try {
            BackendProvider.Availability a = new OpenCLBackendProvider().probe();
            assertFalse(a.available());
            assertTrue(a.reason().contains("no-such-device-xyz") && a.reason().contains("[0] "), a.reason());
        } finally {
            if (old == null) {
                System.clearProperty(DeviceSelection.DEVICE_PROPERTY);
            } else {
                System.setProperty(DeviceSelection.DEVICE_PROPERTY, old);
            }
        }
    }

    private static ClDeviceInfo fake(int index, String name, String type) {
        return new ClDeviceInfo(index, "platform", name, "vendor", type, "OpenCL 1.2", "OpenCL C 1.2", "1", 1L << 30,
                1L << 28, 4, 1L << 15, 256, true, null, null);
    }
}
