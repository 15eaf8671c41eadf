package org.sciaccel.cpu.interpolation;

import org.sciaccel.ndimage.GeometricMapping;

/** A Java mapping function called once per output element of a row, into arrays reused across calls. */
final class FunctionRows implements RowCoordinates {
    private final GeometricMapping mapping;
    private final int inputRank;

    FunctionRows(GeometricMapping mapping, int inputRank) {
        this.mapping = mapping;
        this.inputRank = inputRank;
    }

    @Override
    public Filler filler(int rowLength) {
        double[] point = new double[inputRank];
        return (index, coords) -> {
            // one copy of the index per row (not per element), refreshed before each call in case the
            // function wrote into it
            int last = index.length - 1;
            int[] o = index.clone();
            for (int j = 0; j < rowLength; j++) {
                System.arraycopy(index, 0, o, 0, last);
                o[last] = j;
                for (int h = 0; h < inputRank; h++) {
                    point[h] = 0.0;
                }
                mapping.map(o, point);
                for (int h = 0; h < inputRank; h++) {
                    coords[h][j] = point[h];
                }
            }
        };
    }
}
