package org.sciaccel.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sciaccel.Backend;
import org.sciaccel.NDArray;

/**
 * One op of the catalogue: SciPy's qualified name, a one-line summary, the array arguments in
 * SciPy's order, the parameters, the outputs, and the invoker that calls the public API.
 * Build one with {@link #builder(String)}.
 */
public final class OpSpec {
    private final String name;
    private final String summary;
    private final List<ArraySpec> inputs;
    private final List<ParamSpec> params;
    private final List<ArraySpec> outputs;
    private final OpInvoker invoker;
    private final SpiFamily family;
    private final ParamType keywordType;
    private final String keywordDoc;
    private final boolean outputsInResultOrder;

    private OpSpec(OpSpec op, SpiFamily family) {
        this.keywordType = op.keywordType;
        this.keywordDoc = op.keywordDoc;
        this.name = op.name;
        this.summary = op.summary;
        this.inputs = op.inputs;
        this.params = op.params;
        this.outputs = op.outputs;
        this.invoker = op.invoker;
        this.outputsInResultOrder = op.outputsInResultOrder;
        this.family = family;
    }

    private OpSpec(Builder b) {
        this.family = null;
        this.name = b.name;
        this.summary = Objects.requireNonNull(b.summary, "summary of " + b.name);
        this.inputs = List.copyOf(b.inputs);
        this.params = List.copyOf(b.params);
        this.outputs = List.copyOf(b.outputs);
        this.invoker = Objects.requireNonNull(b.invoker, "invoker of " + b.name);
        this.keywordType = b.keywordType;
        this.keywordDoc = b.keywordDoc;
        this.outputsInResultOrder = b.outputsInResultOrder;
        for (int i = 0; i + 1 < inputs.size(); i++) {
            if (inputs.get(i).sequence()) {
                throw new IllegalStateException(name + ": only the last array argument may be a sequence");
            }
        }
        if (outputs.isEmpty()) {
            throw new IllegalStateException(name + ": no outputs declared");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** SciPy's qualified name, e.g. {@code ndimage.gaussian_filter}. */
    public String name() {
        return name;
    }

    /** The SPI family that serves this op (set when the op is registered). */
    public SpiFamily family() {
        return family;
    }

    /** This op as registered by {@code f}'s entries. */
    OpSpec inFamily(SpiFamily f) {
        return new OpSpec(this, Objects.requireNonNull(f, "family"));
    }

    public String summary() {
        return summary;
    }

    public List<ArraySpec> inputs() {
        return inputs;
    }

    public List<ParamSpec> params() {
        return params;
    }

    public List<ArraySpec> outputs() {
        return outputs;
    }

    /** How many of the {@link #inputs()} a call must give: those before the first optional one. */
    public int requiredInputs() {
        int n = 0;
        while (n < inputs.size() && !inputs.get(n).optional()) {
            n++;
        }
        return n;
    }

    /**
     * Whether the last array argument takes any number of arrays, none included ({@link Builder#variadicInput}:
     * an optional sequence).
     */
    public boolean variadic() {
        return !inputs.isEmpty() && inputs.get(inputs.size() - 1).sequence() && inputs.get(inputs.size() - 1).optional();
    }

    /**
     * How the op's keywords parse ({@link Builder#keywords}): the {@code name=value} arguments that are
     * not parameters, e.g. a formula's scalar variables; null for an op that takes none.
     */
    public ParamType keywordType() {
        return keywordType;
    }

    /** The one-line doc of the op's keywords, or null. */
    public String keywordDoc() {
        return keywordDoc;
    }

    /** The parameter named {@code name}, or null. */
    public ParamSpec param(String paramName) {
        for (ParamSpec p : params) {
            if (p.name().equals(paramName)) {
                return p;
            }
        }
        return null;
    }

    /** The parameter names in SciPy's order. */
    public List<String> paramNames() {
        List<String> names = new ArrayList<>();
        for (ParamSpec p : params) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Runs the op on arrays that live on one backend.
     *
     * @param backend where the arrays live (and where functions without array arguments create results)
     * @param arrays one per {@link #inputs()}, in order (the optional ones at the end may be left out)
     * @param values every parameter's value, as {@link CallBinding} produced them
     * @return new arrays and scalars, named and ordered as {@link #outputs()}, the optional ones only where
     *         the parameters ask for them
     */
    public OpOutputs invoke(Backend backend, List<NDArray> arrays, Map<String, Object> values) {
        boolean sequence = !inputs.isEmpty() && inputs.get(inputs.size() - 1).sequence();
        int required = requiredInputs();
        if (arrays.size() < required || (!sequence && arrays.size() > inputs.size())) {
            String count = sequence ? "at least " + required
                    : (required == inputs.size() ? "" : required + " to ") + inputs.size();
            throw new IllegalArgumentException(name + " takes " + count + " arrays, got " + arrays.size());
        }
        OpOutputs out = invoker.invoke(new OpArgs(this, backend, arrays, new LinkedHashMap<>(values)));
        if (!declares(new ArrayList<>(out.values().keySet()))) {
            List<String> declared = new ArrayList<>();
            for (ArraySpec o : outputs) {
                declared.add(o.optional() ? o.name() + " (optional)" : o.name());
            }
            out.close();
            throw new IllegalStateException(name + ": the invoker returned outputs " + out.values().keySet()
                    + " but the catalogue declares " + declared);
        }
        return out;
    }

    /**
     * Whether {@code returned} are declared outputs in the declared order, with every output that is not optional
     * (a sequence output as {@code name_0, name_1, ...}, any number of them).
     */
    private boolean declares(List<String> returned) {
        if (outputsInResultOrder) {
            return declaresInAnyOrder(returned);
        }
        int next = 0;
        for (ArraySpec o : outputs) {
            if (o.sequence()) {
                for (int i = 0; next < returned.size() && returned.get(next).equals(ArraySpec.elementName(o.name(), i)); i++) {
                    next++;
                }
            } else if (next < returned.size() && returned.get(next).equals(o.name())) {
                next++;
            } else if (!o.optional()) {
                return false;
            }
        }
        return next == returned.size();
    }

    /** Every returned name declared once, every output that is not optional returned; any order. */
    private boolean declaresInAnyOrder(List<String> returned) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ArraySpec o : outputs) {
            names.add(o.name());
            if (!o.optional() && !returned.contains(o.name())) {
                return false;
            }
        }
        return names.containsAll(returned) && new java.util.HashSet<>(returned).size() == returned.size();
    }

    /** Collects an op's description; {@link #build()} checks it is complete. */
    public static final class Builder {
        private final String name;
        private String summary;
        private final List<ArraySpec> inputs = new ArrayList<>();
        private final List<ParamSpec> params = new ArrayList<>();
        private final List<ArraySpec> outputs = new ArrayList<>();
        private OpInvoker invoker;
        private ParamType keywordType;
        private String keywordDoc;
        private boolean outputsInResultOrder;

        private Builder(String name) {
            if (name == null || !name.matches("[a-z_]+(\\.[A-Za-z0-9_]+)+")) {
                throw new IllegalArgumentException("op name '" + name + "' is not a SciPy-qualified name");
            }
            this.name = name;
        }

        public Builder summary(String oneLine) {
            this.summary = oneLine;
            return this;
        }

        /** The next array argument, in SciPy's order. */
        public Builder input(String inputName, String doc) {
            inputs.add(new ArraySpec(inputName, doc));
            return this;
        }

        /**
         * The next array argument, one a call may leave out (with the optional ones after it): the 2nd, 3rd,
         * ... array of a NumPy function of any number of arrays ({@code meshgrid(*xi)}).
         */
        public Builder optionalInput(String inputName, String doc) {
            inputs.add(new ArraySpec(inputName, doc, true));
            return this;
        }

        /**
         * The last array argument, taking any number of arrays (none included): the positional files
         * after those of the other array arguments, and the keywords given as {@code name=@file.npy}.
         */
        public Builder variadicInput(String inputName, String doc) {
            inputs.add(new ArraySpec(inputName, doc, true, true));
            return this;
        }

        /**
         * Lets the op take keywords: {@code name=value} arguments under names that are not its
         * parameters (Python's {@code **kwargs}; a formula's variables), each value parsed by
         * {@code type}, or {@code name=@file.npy} for an array (then one more array argument). The
         * invoker reads them with {@link OpArgs#keywords()}.
         */
        public Builder keywords(ParamType type, String doc) {
            this.keywordType = Objects.requireNonNull(type, "type");
            this.keywordDoc = Objects.requireNonNull(doc, "doc");
            return this;
        }

        /** The next parameter, in SciPy's order. */
        public Builder param(ParamSpec p) {
            for (ParamSpec q : params) {
                if (q.name().equals(p.name())) {
                    throw new IllegalArgumentException(name + ": parameter " + p.name() + " declared twice");
                }
            }
            params.add(p);
            return this;
        }

        /** A group of parameters several ops share, declared by {@code group} in order. */
        public Builder params(java.util.function.UnaryOperator<Builder> group) {
            return group.apply(this);
        }

        /** The last array argument: a sequence of one or more arrays (NumPy's {@code arrays} of concatenate). */
        public Builder inputSequence(String inputName, String doc) {
            inputs.add(new ArraySpec(inputName, doc, false, true));
            return this;
        }

        /** The next result: a sequence of arrays returned as {@code name_0, name_1, ...} (NumPy's list or tuple). */
        public Builder outputSequence(String outputName, String doc) {
            outputs.add(new ArraySpec(outputName, doc, false, true));
            return this;
        }

        /** The next result, in SciPy's order. */
        public Builder output(String outputName, String doc) {
            outputs.add(new ArraySpec(outputName, doc));
            return this;
        }

        /** The next result, in SciPy's order, returned only when the parameters ask for it. */
        public Builder optionalOutput(String outputName, String doc) {
            outputs.add(new ArraySpec(outputName, doc, true));
            return this;
        }

        /**
         * The outputs come in the order the call's result gives them, not the declared one: an
         * {@code OptimizeResult} whose fields each SciPy method orders its own way (Nelder-Mead's
         * {@code fun, nit, ..., x}, SLSQP's {@code x, fun, jac, ...}).
         */
        public Builder outputsInResultOrder() {
            this.outputsInResultOrder = true;
            return this;
        }

        public Builder invoker(OpInvoker inv) {
            this.invoker = inv;
            return this;
        }

        public OpSpec build() {
            for (int i = 0; i < inputs.size() - 1; i++) {
                if (inputs.get(i).sequence()) {
                    throw new IllegalStateException(name + ": only the last array argument can be a sequence");
                }
            }
            boolean optionalSeen = false;
            for (ArraySpec a : inputs) {
                if (optionalSeen && !a.optional()) {
                    throw new IllegalStateException(name + ": input " + a.name() + " follows an optional input");
                }
                optionalSeen |= a.optional();
            }
            return new OpSpec(this);
        }
    }
}
