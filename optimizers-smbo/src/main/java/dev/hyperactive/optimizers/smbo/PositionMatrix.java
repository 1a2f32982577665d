package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * The index positions of a {@link TrainingData}, row after row in one growing int array, as the
 * tree surrogates read them. Training data is only ever appended to, so each update copies only
 * the new rows.
 */
final class PositionMatrix {

    private final int dims;
    private int[] rows = new int[0];
    private int count;

    PositionMatrix(int dims) {
        this.dims = dims;
    }

    /** Copies the rows of {@code data} added since the last call, and returns the matrix. */
    int[] update(TrainingData data) {
        int n = data.size();
        if (rows.length < n * dims) {
            rows = Arrays.copyOf(rows, Math.max(n, 2 * count) * dims);
        }
        for (int i = count; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                rows[i * dims + d] = data.index(i, d);
            }
        }
        count = n;
        return rows;
    }
}
