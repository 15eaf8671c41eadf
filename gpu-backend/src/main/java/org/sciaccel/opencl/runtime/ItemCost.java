package org.sciaccel.opencl.runtime;

/**
 * The work of one work-item of a launch, in units of the kernel's own choosing (taps of a footprint,
 * neighbours of a pixel): the context measures each kernel's device time per unit and sizes launch
 * parts and the queue by it, so a cost that follows an argument lets one measurement serve every
 * value of that argument. Most kernels do the same work per item: {@link #ONE}.
 */
public record ItemCost(double units) {
    public static final ItemCost ONE = new ItemCost(1);

    public ItemCost {
        if (!(units > 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("item cost: expected a positive finite number of units, not " + units);
        }
    }

    /** {@code units} per work-item (at least one). */
    public static ItemCost of(double units) {
        return new ItemCost(Math.max(1, units));
    }
}
