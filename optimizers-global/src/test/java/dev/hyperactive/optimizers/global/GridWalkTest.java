package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class GridWalkTest {

    private static final int[][] SPACES = {{7}, {1}, {4, 6}, {3, 5, 2}, {10, 10}, {1, 9, 1}, {2, 2, 2, 2, 2}};
    private static final int[] STEP_SIZES = {1, 2, 3, 7, 50};

    @Test
    void strideIsLargestCoprimeBelowRoundedRoot() {
        assertEquals(9, GridWalk.diagonalStride(BigInteger.valueOf(10), 1));
        assertEquals(1, GridWalk.diagonalStride(BigInteger.ONE, 1));
        assertEquals(9, GridWalk.diagonalStride(BigInteger.valueOf(100), 2));
        assertEquals(19, GridWalk.diagonalStride(BigInteger.valueOf(400), 2));
        assertEquals(9, GridWalk.diagonalStride(BigInteger.TEN.pow(30), 30));
        assertEquals(999_999_999, GridWalk.diagonalStride(BigInteger.TEN.pow(27), 3));
    }

    @Test
    void strideOfSpaceBeyondDoubleRange() {
        BigInteger size = BigInteger.valueOf(20).pow(400);

        assertEquals(19, GridWalk.diagonalStride(size, 400));
    }

    @Test
    void longWalkMatchesFormula() {
        for (int[] sizes : SPACES) {
            for (int stepSize : STEP_SIZES) {
                for (boolean diagonal : new boolean[] {true, false}) {
                    BigInteger size = GridWalk.spaceSize(sizes);
                    GridWalk walk = new LongGridWalk(sizes, size.longValueExact(), stepSize, diagonal);
                    checkAgainstFormula(walk, sizes, stepSize, diagonal, 3 * size.intValueExact() + 5);
                }
            }
        }
    }

    @Test
    void digitWalkMatchesFormula() {
        for (int[] sizes : SPACES) {
            for (int stepSize : STEP_SIZES) {
                for (boolean diagonal : new boolean[] {true, false}) {
                    BigInteger size = GridWalk.spaceSize(sizes);
                    GridWalk walk = new DigitGridWalk(sizes, size, stepSize, diagonal);
                    checkAgainstFormula(walk, sizes, stepSize, diagonal, 3 * size.intValueExact() + 5);
                }
            }
        }
    }

    @Test
    void digitWalkMatchesFormulaInHugeSpace() {
        int[] sizes = {1_000_000_000, 1_000_000_000, 1_000_000_000};
        for (int stepSize : new int[] {1, 7}) {
            for (boolean diagonal : new boolean[] {true, false}) {
                GridWalk walk = GridWalk.create(sizes, stepSize, diagonal);

                assertEquals(DigitGridWalk.class, walk.getClass());
                checkAgainstFormula(walk, sizes, stepSize, diagonal, 2000);
            }
        }
    }

    @Test
    void longWalkHandlesSizeNearLongLimit() {
        int[] sizes = {Integer.MAX_VALUE, Integer.MAX_VALUE, 2};
        for (int stepSize : new int[] {1, 3}) {
            for (boolean diagonal : new boolean[] {true, false}) {
                GridWalk walk = GridWalk.create(sizes, stepSize, diagonal);

                assertEquals(LongGridWalk.class, walk.getClass());
                checkAgainstFormula(walk, sizes, stepSize, diagonal, 2000);
            }
        }
    }

    /** Compares the walk with the definition computed in BigInteger for the first {@code steps} points. */
    private static void checkAgainstFormula(GridWalk walk, int[] sizes, int stepSize, boolean diagonal, int steps) {
        BigInteger size = GridWalk.spaceSize(sizes);
        BigInteger stride = BigInteger.valueOf(GridWalk.diagonalStride(size, sizes.length));
        BigInteger s = BigInteger.valueOf(stepSize);
        int[] actual = new int[sizes.length];
        for (int k = 0; k < steps; k++) {
            BigInteger counter = BigInteger.valueOf(k);
            BigInteger index;
            if (diagonal) {
                BigInteger[] qr = counter.divideAndRemainder(s);
                index = qr[1].add(qr[0].multiply(stride)).mod(size);
            } else {
                BigInteger effective = counter.multiply(s);
                index = effective.add(effective.divide(size)).mod(size);
            }

            walk.next(actual);

            assertArrayEquals(decode(index, sizes, diagonal), actual,
                    "step " + k + " of " + (diagonal ? "diagonal" : "orthogonal") + " walk, step size " + stepSize);
        }
    }

    private static int[] decode(BigInteger index, int[] sizes, boolean firstMostSignificant) {
        int[] position = new int[sizes.length];
        BigInteger rest = index;
        for (int i = 0; i < sizes.length; i++) {
            int d = firstMostSignificant ? sizes.length - 1 - i : i;
            BigInteger[] qr = rest.divideAndRemainder(BigInteger.valueOf(sizes[d]));
            position[d] = qr[1].intValueExact();
            rest = qr[0];
        }
        return position;
    }
}
