package org.sciaccel.opencl.runtime;

import java.util.List;

/**
 * One OpenCL platform (an installed driver) and its devices.
 *
 * @param name    platform name
 * @param vendor  platform vendor
 * @param version platform OpenCL version string
 * @param devices its devices; empty with {@code problem} set when they could not be listed
 * @param problem why the devices could not be listed, or null
 */
public record ClPlatformInfo(String name, String vendor, String version, List<ClDeviceInfo> devices, String problem) {
}
