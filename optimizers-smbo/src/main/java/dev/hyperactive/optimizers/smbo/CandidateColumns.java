package dev.hyperactive.optimizers.smbo;

/**
 * The index positions of a {@link Candidates} batch copied into one column-major int array, the
 * layout that {@link TreeSurrogate#predictBatch} reads: index {@code d} of candidate {@code c} is at
 * {@code d * count + c}. The array is kept and grown, so a batch per iteration allocates nothing.
 */
final class CandidateColumns {

    private int[] columns = new int[0];

    /** Copies the candidates and returns the shared array, valid until the next call. */
    int[] of(Candidates candidates) {
        int count = candidates.size();
        int dims = candidates.dimensions();
        if (columns.length < count * dims) {
            columns = new int[count * dims];
        }
        for (int c = 0; c < count; c++) {
            int[] position = candidates.position(c);
            for (int d = 0; d < dims; d++) {
                columns[d * count + c] = position[d];
            }
        }
        return columns;
    }
}
