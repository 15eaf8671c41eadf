package org.sciaccel.opencl;

import org.sciaccel.Backend;
import org.sciaccel.BackendException;
import org.sciaccel.opencl.runtime.ClDeviceInfo;
import org.sciaccel.opencl.runtime.ClPlatformInfo;
import org.sciaccel.opencl.runtime.DeviceSelection;
import org.sciaccel.opencl.runtime.OpenCLDiscovery;
import org.sciaccel.opencl.runtime.SignalChaining;
import org.sciaccel.spi.BackendProvider;

/**
 * The {@code opencl} backend's entry in {@link java.util.ServiceLoader}. Probing lists every
 * platform and device; the chosen device ranks above the CPU backend only if it is a GPU or an
 * accelerator, so a CPU-only OpenCL runtime (PoCL) never becomes the default by accident.
 */
public final class OpenCLBackendProvider implements BackendProvider {
    /** Priority of a GPU or accelerator: above the CPU backend's 10. */
    static final int GPU_PRIORITY = 100;
    /** Priority of an OpenCL CPU device: below the CPU backend. */
    static final int CPU_DEVICE_PRIORITY = 5;

    private volatile Probe cached;

    private record Probe(Availability availability, ClDeviceInfo device) {
    }

    @Override
    public String name() {
        return "opencl";
    }

    @Override
    public Availability probe() {
        return probeOnce().availability();
    }

    @Override
    public Backend create() {
        Probe p = probeOnce();
        if (p.device() == null) {
            throw new BackendException("backend opencl is not available: " + p.availability().reason());
        }
        SignalChaining.warnIfMissing();
        return new OpenCLBackend(p.device(), OpenCLBackend.fp64DisabledByProperty());
    }

    private Probe probeOnce() {
        Probe p = cached;
        if (p == null) {
            synchronized (this) {
                p = cached;
                if (p == null) {
                    p = doProbe();
                    cached = p;
                }
            }
        }
        return p;
    }

    private static Probe doProbe() {
        OpenCLDiscovery.Result found = OpenCLDiscovery.discover();
        if (found.unavailableReason() != null) {
            return new Probe(Availability.unavailable(found.unavailableReason()), null);
        }
        DeviceSelection.Choice choice = DeviceSelection.choose(found.devices());
        String details = details(found, choice.device());
        if (choice.device() == null) {
            return new Probe(new Availability(false, Integer.MIN_VALUE, choice.problem(), details), null);
        }
        ClDeviceInfo d = choice.device();
        int priority = d.isGpuOrAccelerator() ? GPU_PRIORITY : CPU_DEVICE_PRIORITY;
        String reason = "device [" + d.index() + "] " + d.name() + " (" + d.type() + ", platform " + d.platformName()
                + ")" + (d.fp64() ? "" : ", no float64")
                + (d.isGpuOrAccelerator() ? "" : "; a CPU device, ranked below the cpu backend");
        return new Probe(new Availability(true, priority, reason, details), d);
    }

    /** Every platform and device, the chosen one marked with {@code *}. */
    static String details(OpenCLDiscovery.Result found, ClDeviceInfo chosen) {
        StringBuilder b = new StringBuilder();
        for (ClPlatformInfo p : found.platforms()) {
            b.append("platform ").append(p.name()).append(" (").append(p.vendor()).append(", ")
                    .append(p.version()).append(")\n");
            if (p.problem() != null) {
                b.append("  ").append(p.problem()).append('\n');
            }
            if (p.devices().isEmpty() && p.problem() == null) {
                b.append("  no devices\n");
            }
            for (ClDeviceInfo d : p.devices()) {
                b.append(chosen != null && chosen.index() == d.index() ? "* " : "  ").append(d.describe()).append('\n');
            }
        }
        b.append(SignalChaining.describe());
        return b.toString().stripTrailing();
    }
}
