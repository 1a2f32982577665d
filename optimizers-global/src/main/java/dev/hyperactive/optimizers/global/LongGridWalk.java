package dev.hyperactive.optimizers.global;

import java.math.BigInteger;

/**
 * The grid walk for spaces of fewer than 2^63 positions, with the linear index in a long. Every
 * sum is taken modulo the space size without overflow, so sizes up to {@code Long.MAX_VALUE} work.
 */
final class LongGridWalk implements GridWalk {

    private final int[] sizes;
    private final long size;
    private final int stepSize;
    private final boolean diagonal;

    /** Diagonal: the stride modulo the size. */
    private final long stride;
    /** Diagonal: the counter modulo the step size. */
    private int pass;
    /** Diagonal: (counter div step size) * stride, modulo the size. */
    private long base;

    /** Orthogonal: the step size modulo the size, and the step size divided by the size. */
    private final long stepRemainder;
    private final long stepQuotient;
    /** Orthogonal: counter * step size, split into the remainder and quotient by the size. */
    private long remainder;
    private long quotient;

    LongGridWalk(int[] sizes, long size, int stepSize, boolean diagonal) {
        this.sizes = sizes.clone();
        this.size = size;
        this.stepSize = stepSize;
        this.diagonal = diagonal;
        this.stride = diagonal ? GridWalk.diagonalStride(BigInteger.valueOf(size), sizes.length) % size : 0;
        this.stepRemainder = stepSize % size;
        this.stepQuotient = stepSize / size;
    }

    @Override
    public void next(int[] target) {
        if (diagonal) {
            decodeFirstMostSignificant(addModulo(base, pass % size), target);
            pass++;
            if (pass == stepSize) {
                pass = 0;
                base = addModulo(base, stride);
            }
        } else {
            decodeFirstFastest(addModulo(remainder, quotient % size), target);
            boolean wraps = remainder >= size - stepRemainder;
            remainder = addModulo(remainder, stepRemainder);
            quotient += stepQuotient + (wraps ? 1 : 0);
        }
    }

    /** Returns {@code (a + b) mod size} for {@code a, b} in {@code [0, size)} without overflow. */
    private long addModulo(long a, long b) {
        return a >= size - b ? a - (size - b) : a + b;
    }

    private void decodeFirstMostSignificant(long index, int[] target) {
        for (int d = sizes.length - 1; d >= 0; d--) {
            target[d] = (int) (index % sizes[d]);
            index /= sizes[d];
        }
    }

    private void decodeFirstFastest(long index, int[] target) {
        for (int d = 0; d < sizes.length; d++) {
            target[d] = (int) (index % sizes[d]);
            index /= sizes[d];
        }
    }
}
