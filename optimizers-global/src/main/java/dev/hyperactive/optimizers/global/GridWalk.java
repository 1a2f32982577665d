package dev.hyperactive.optimizers.global;

import java.math.BigInteger;

/**
 * The order in which grid search visits positions: a counter turned into a linear index and decoded
 * in mixed radix, one digit per dimension. Implementations keep only the counter state, never the
 * grid.
 */
interface GridWalk {

    /** Writes the next grid position into {@code target} and advances the walk. */
    void next(int[] target);

    /**
     * Creates the walk for a space with the given dimension sizes: {@link LongGridWalk} when the
     * space has fewer than 2^63 positions, {@link DigitGridWalk} otherwise.
     */
    static GridWalk create(int[] sizes, int stepSize, boolean diagonal) {
        BigInteger size = spaceSize(sizes);
        if (size.bitLength() < Long.SIZE) {
            return new LongGridWalk(sizes, size.longValueExact(), stepSize, diagonal);
        }
        return new DigitGridWalk(sizes, size, stepSize, diagonal);
    }

    /** Returns the number of positions of the space, the product of the sizes. */
    static BigInteger spaceSize(int[] sizes) {
        BigInteger size = BigInteger.ONE;
        for (int s : sizes) {
            size = size.multiply(BigInteger.valueOf(s));
        }
        return size;
    }

    /**
     * Returns the diagonal stride: the largest integer not above {@code round(size^(1/n_dims))} that
     * is coprime with {@code size}. Being coprime makes the stride a generator of the integers modulo
     * {@code size}, so the walk visits every position once per pass.
     */
    static long diagonalStride(BigInteger size, int dimensionCount) {
        long stride = (long) Math.rint(root(size, dimensionCount));
        if (size.bitLength() < Long.SIZE) {
            long s = size.longValueExact();
            while (gcd(stride, s) != 1) {
                stride--;
            }
        } else {
            while (!BigInteger.valueOf(stride).gcd(size).equals(BigInteger.ONE)) {
                stride--;
            }
        }
        return stride;
    }

    /**
     * Returns {@code size^(1/n)} in double precision, through logarithms for sizes beyond the double
     * range.
     */
    private static double root(BigInteger size, int n) {
        int excessBits = size.bitLength() - 1000;
        if (excessBits <= 0) {
            return Math.pow(size.doubleValue(), 1.0 / n);
        }
        double log = Math.log(size.shiftRight(excessBits).doubleValue()) + excessBits * Math.log(2);
        return Math.exp(log / n);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
