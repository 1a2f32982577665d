package dev.hyperactive.optimizers.global;

import java.math.BigInteger;

/**
 * The grid walk for spaces of any size. It keeps each linear index as its mixed-radix digits, one
 * per dimension, and adds digit by digit. Dropping the carry out of the most significant digit
 * takes the sum modulo the space size. {@link BigInteger} is used only to set the walk up, so a
 * step allocates nothing.
 */
final class DigitGridWalk implements GridWalk {

    private final int[] sizes;
    /** The dimensions from the least to the most significant digit. */
    private final int[] order;
    private final int stepSize;
    private final boolean diagonal;

    /** Diagonal: the digits of the stride modulo the size. */
    private final int[] stride;
    /** Diagonal: the counter modulo the step size. */
    private int pass;
    /** Diagonal: (counter div step size) * stride, modulo the size. */
    private final int[] base;

    /** Orthogonal: the digits of the step size modulo the size, and the step size divided by it. */
    private final int[] stepRemainder;
    private final long stepQuotient;
    /** Orthogonal: counter * step size, split into the remainder digits and the quotient. */
    private final int[] remainder;
    private long quotient;

    DigitGridWalk(int[] sizes, BigInteger size, int stepSize, boolean diagonal) {
        this.sizes = sizes.clone();
        this.order = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            order[i] = diagonal ? sizes.length - 1 - i : i;
        }
        this.stepSize = stepSize;
        this.diagonal = diagonal;

        BigInteger strideValue = diagonal
                ? BigInteger.valueOf(GridWalk.diagonalStride(size, sizes.length)) : BigInteger.ZERO;
        this.stride = digits(strideValue.mod(size));
        this.base = new int[sizes.length];

        BigInteger[] step = BigInteger.valueOf(stepSize).divideAndRemainder(size);
        this.stepRemainder = digits(step[1]);
        this.stepQuotient = step[0].longValueExact();
        this.remainder = new int[sizes.length];
    }

    @Override
    public void next(int[] target) {
        if (diagonal) {
            System.arraycopy(base, 0, target, 0, target.length);
            addSmall(target, pass);
            pass++;
            if (pass == stepSize) {
                pass = 0;
                add(base, stride);
            }
        } else {
            System.arraycopy(remainder, 0, target, 0, target.length);
            addSmall(target, quotient);
            boolean wraps = add(remainder, stepRemainder);
            quotient += stepQuotient + (wraps ? 1 : 0);
        }
    }

    /** Adds {@code addend} to {@code target} modulo the size and returns whether the sum wrapped. */
    private boolean add(int[] target, int[] addend) {
        int carry = 0;
        for (int d : order) {
            long sum = (long) target[d] + addend[d] + carry;
            if (sum >= sizes[d]) {
                sum -= sizes[d];
                carry = 1;
            } else {
                carry = 0;
            }
            target[d] = (int) sum;
        }
        return carry == 1;
    }

    /** Adds a value that is zero or more to {@code target}, modulo the size. */
    private void addSmall(int[] target, long value) {
        long carry = value;
        for (int d : order) {
            if (carry == 0) {
                return;
            }
            long sum = target[d] + carry % sizes[d];
            carry /= sizes[d];
            if (sum >= sizes[d]) {
                sum -= sizes[d];
                carry++;
            }
            target[d] = (int) sum;
        }
    }

    private int[] digits(BigInteger value) {
        int[] digits = new int[sizes.length];
        BigInteger rest = value;
        for (int d : order) {
            BigInteger[] qr = rest.divideAndRemainder(BigInteger.valueOf(sizes[d]));
            digits[d] = qr[1].intValueExact();
            rest = qr[0];
        }
        return digits;
    }
}
