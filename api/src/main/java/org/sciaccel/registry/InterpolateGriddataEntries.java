package org.sciaccel.registry;

import org.sciaccel.interpolate.Interpolate;

/**
 * {@code scipy.interpolate.griddata} with method {@code nearest}: a nearest-neighbour search over
 * scattered points, run on the host whatever the backend (the result placed on the call's backend).
 */
final class InterpolateGriddataEntries implements OpEntries {
    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("interpolate.griddata")
                .summary("Interpolates scattered data (points, values) at xi; method nearest.")
                .input("points", "data point coordinates, shape (n, ndim) or (n,)")
                .input("values", "data values, shape (n, ...)")
                .input("xi", "points to interpolate at, shape (..., ndim)")
                .param(ParamSpec.optional("method", ParamTypes.STRING, "linear",
                        "nearest (linear and cubic are not implemented)"))
                .output("result", "the values of the nearest data points, shape xi.shape[:-1] + values.shape[1:]")
                .invoker(a -> OpOutputs.result(Interpolate.griddata(a.input(0), a.input(1), a.input(2),
                        a.text("method"))))
                .build());
    }
}
