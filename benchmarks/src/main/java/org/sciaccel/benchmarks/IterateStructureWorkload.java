package org.sciaccel.benchmarks;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Ndimage;

/**
 * {@code iterate_structure} of a small structure many times: the 3x3 cross (SciPy's centre-true case, where both
 * it and sciaccel visit each element of the grown array once) iterated into a large diamond.
 */
final class IterateStructureWorkload implements Workload {
    private final int connectivity;
    private final int iterations;

    IterateStructureWorkload(int connectivity, int iterations) {
        this.connectivity = connectivity;
        this.iterations = iterations;
    }

    @Override
    public String id() {
        return "iterate_structure-3x3-c" + connectivity + "-" + iterations;
    }

    @Override
    public String description() {
        int side = 3 + (iterations - 1) * 2;
        return "`ndimage.iterate_structure`, generate_binary_structure(2, " + connectivity + ") " + iterations
                + " times (" + side + "×" + side + " bool)";
    }

    @Override
    public PreparedRun prepare(Backend backend) {
        NDArray structure = Ndimage.generateBinaryStructure(backend, 2, connectivity);
        return new PreparedRun() {
            @Override
            public void run() {
                try (NDArray out = Ndimage.iterateStructure(structure, iterations)) {
                    backend.synchronize();
                }
            }

            @Override
            public void close() {
                structure.close();
            }
        };
    }

    @Override
    public String scipySetup() {
        return "s = ndimage.generate_binary_structure(2, " + connectivity + ")";
    }

    @Override
    public String scipyStatement() {
        return "ndimage.iterate_structure(s, " + iterations + ")";
    }
}
