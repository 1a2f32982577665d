package dev.hyperactive.optimizers.smbo;

/**
 * Walks every position of a small space in mixed-radix order (last dimension fastest), one batch of
 * candidates at a time, so that scoring the whole space needs no more memory than one batch.
 *
 * <p>Each position is decoded from the previous one by a mixed-radix increment; nothing is stored
 * beyond the batch.
 */
final class SpaceScan {

    private final int[] sizes;
    private final long size;
    private final int[] current;
    private long visited;

    /** Creates a scan over a space of {@code size} points with the given dimension sizes. */
    private SpaceScan(int[] sizes, long size) {
        this.sizes = sizes.clone();
        this.size = size;
        this.current = new int[sizes.length];
    }

    /**
     * Returns a scan of the space with the given dimension sizes, or null if it has more than
     * {@code limit} points. The product is compared step by step, so it never overflows.
     */
    static SpaceScan ofAtMost(int[] sizes, long limit) {
        long size = 1;
        for (int s : sizes) {
            if (size > limit / s) {
                return null;
            }
            size *= s;
        }
        return size <= limit ? new SpaceScan(sizes, size) : null;
    }

    /** Returns the number of points of the space. */
    long size() {
        return size;
    }

    /** Starts the walk again at the first position, all indices 0. */
    void restart() {
        visited = 0;
        java.util.Arrays.fill(current, 0);
    }

    /** Returns whether positions are left. */
    boolean hasNext() {
        return visited < size;
    }

    /**
     * Clears {@code batch} and fills it with up to {@code count} of the next positions that
     * {@code sampler} accepts; the positions it rejects are skipped but count as visited.
     */
    void fill(Candidates batch, int count, CandidateSampler sampler) {
        batch.clear();
        int examined = 0;
        while (examined < count && visited < size) {
            int[] target = batch.next();
            System.arraycopy(current, 0, target, 0, current.length);
            if (sampler.isAcceptable(target)) {
                batch.commit();
            }
            advance();
            examined++;
        }
    }

    private void advance() {
        visited++;
        for (int d = current.length - 1; d >= 0; d--) {
            if (++current[d] < sizes[d]) {
                return;
            }
            current[d] = 0;
        }
    }
}
