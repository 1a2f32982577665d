package dev.hyperactive.optimizers.global;

/**
 * A box of index positions of a DIRECT run: for each dimension the inclusive index range
 * {@code [low, high]}, the score at its centre and its size.
 *
 * <p>The centre index of a range is {@code low + (high - low + 1) / 2}. The size is half the length
 * of the box's diagonal in normalized coordinates, where a range of {@code w} indices of a
 * dimension of {@code size} values has length {@code w / size}; dimensions of one value are left
 * out.
 */
final class DirectBox {

    final int[] low;
    final int[] high;
    final double size;
    double score = Double.NaN;

    DirectBox(int[] low, int[] high, int[] sizes) {
        this.low = low;
        this.high = high;
        double sum = 0;
        for (int d = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                double length = (double) width(d) / sizes[d];
                sum += length * length;
            }
        }
        this.size = Math.sqrt(sum) / 2;
    }

    /** Returns the number of indices of dimension {@code d} in the box. */
    long width(int d) {
        return (long) high[d] - low[d] + 1;
    }

    /** Writes the centre position into {@code target}. */
    void fillCentre(int[] target) {
        for (int d = 0; d < low.length; d++) {
            target[d] = (int) (low[d] + width(d) / 2);
        }
    }

    /** Returns the score used to rank boxes: the centre's score if finite, and negative infinity otherwise. */
    double rank() {
        return Double.isFinite(score) ? score : Double.NEGATIVE_INFINITY;
    }
}
