package org.sciaccel.registry;

/** Calls the public API for one op with arguments already parsed and arrays already on the backend. */
@FunctionalInterface
public interface OpInvoker {
    /**
     * Runs the op. The returned arrays are new and owned by the caller; the inputs stay open.
     */
    OpOutputs invoke(OpArgs args);
}
