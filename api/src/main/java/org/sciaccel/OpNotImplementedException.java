package org.sciaccel;

/**
 * An op, or the form of it a call asks for, that the inputs' backend does not implement and that
 * cannot fall back to the CPU backend (strict mode, or the inputs already are there). Thrown by the
 * facades' router before the op starts; a backend's refusal of an argument it cannot take (a dtype,
 * a size) stays a plain {@link UnsupportedOperationException}.
 */
public class OpNotImplementedException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    public OpNotImplementedException(String message) {
        super(message);
    }
}
