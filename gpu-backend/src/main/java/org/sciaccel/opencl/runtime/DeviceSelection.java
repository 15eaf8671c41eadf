package org.sciaccel.opencl.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Picks the device the OpenCL backend uses: the system property {@value #DEVICE_PROPERTY} as an
 * index into the flat device list or a case-insensitive name substring; by default the first GPU
 * or accelerator, else the first device.
 */
public final class DeviceSelection {
    /** System property choosing the device by index or name substring. */
    public static final String DEVICE_PROPERTY = "sciaccel.opencl.device";

    /**
     * The outcome: a device, or why none was chosen.
     *
     * @param device  the chosen device, or null
     * @param problem why no device was chosen, or null
     */
    public record Choice(ClDeviceInfo device, String problem) {
    }

    private DeviceSelection() {
    }

    /** Chooses with the value of the system property. */
    public static Choice choose(List<ClDeviceInfo> devices) {
        return choose(devices, System.getProperty(DEVICE_PROPERTY));
    }

    /** Chooses among {@code devices}; {@code request} null or blank means the default rule. */
    public static Choice choose(List<ClDeviceInfo> devices, String request) {
        if (devices.isEmpty()) {
            return new Choice(null, "no OpenCL device found");
        }
        if (request == null || request.isBlank()) {
            for (ClDeviceInfo d : devices) {
                if (d.isGpuOrAccelerator()) {
                    return new Choice(d, null);
                }
            }
            return new Choice(devices.get(0), null);
        }
        String r = request.trim();
        if (r.matches("\\d+")) {
            int index;
            try {
                index = Integer.parseInt(r);
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index >= 0 && index < devices.size()) {
                return new Choice(devices.get(index), null);
            }
            return new Choice(null, DEVICE_PROPERTY + "=" + r + " is not a device index; devices: " + list(devices));
        }
        String needle = r.toLowerCase(Locale.ROOT);
        for (ClDeviceInfo d : devices) {
            if (d.name().toLowerCase(Locale.ROOT).contains(needle)) {
                return new Choice(d, null);
            }
        }
        return new Choice(null, DEVICE_PROPERTY + "='" + r + "' matches no device name; devices: " + list(devices));
    }

    private static String list(List<ClDeviceInfo> devices) {
        StringBuilder b = new StringBuilder();
        for (ClDeviceInfo d : devices) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('[').append(d.index()).append("] ").append(d.name()).append(" (").append(d.type()).append(')');
        }
        return b.toString();
    }
}
