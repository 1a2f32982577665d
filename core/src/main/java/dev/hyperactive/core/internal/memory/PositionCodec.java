package dev.hyperactive.core.internal.memory;

/**
 * Encodes a position as one {@code long} in mixed radix (dimension 0 varies slowest) when the space
 * has fewer than 2^63 points, so memory can key positions without boxing.
 */
public final class PositionCodec {

    private final long[] radix;
    private final boolean fitsInLong;

    /** Creates the codec of a space with the given dimension sizes. */
    public PositionCodec(int[] sizes) {
        this.radix = new long[sizes.length];
        long product = 1;
        boolean fits = true;
        for (int d = sizes.length - 1; d >= 0; d--) {
            radix[d] = product;
            if (fits) {
                long high = Math.multiplyHigh(product, sizes[d]);
                long next = product * sizes[d];
                if (high != 0 || next < 0) {
                    fits = false;
                } else {
                    product = next;
                }
            }
        }
        this.fitsInLong = fits;
    }

    /** Returns whether every position of the space has a distinct {@code long} code. */
    public boolean fitsInLong() {
        return fitsInLong;
    }

    /** Returns the code of {@code position}; only meaningful when {@link #fitsInLong()}. */
    public long encode(int[] position) {
        long code = 0;
        for (int d = 0; d < position.length; d++) {
            code += position[d] * radix[d];
        }
        return code;
    }
}
