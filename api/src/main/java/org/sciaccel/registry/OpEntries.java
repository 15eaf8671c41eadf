package org.sciaccel.registry;

/**
 * The registry entries of one op family ({@code ndimage}, {@code fft}, ...). Adding an op is one
 * entry in its family's class; a new family is one more class listed in {@link OpRegistry}.
 */
public interface OpEntries {
    /** The SPI family that serves every op these entries register. */
    SpiFamily family();

    void register(OpRegistry registry);
}
