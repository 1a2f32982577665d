package com.example.coordinate;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of random coordinate descent; the algorithm is described on {@link CoordinateDescentOptimizer}. */
final class CoordinateDescentRun extends AbstractAskTellOptimizer {

    private final double initialStep;
    private final double shrink;
    private final int[] sizes;
    private final int maxSize;
    private final RandomGenerator random;
    private final Moves moves;
    private final Moves.Move coordinateMove = this::fillCoordinateMove;

    private final int[] centre;
    private boolean hasCentre;
    private double centreScore = Double.NaN;
    private double step;
    private int failures;

    CoordinateDescentRun(CoordinateDescentOptimizer spec, OptimizerContext context) {
        super(context);
        this.initialStep = spec.step();
        this.shrink = spec.shrink();
        this.sizes = context.dimensionSizes();
        this.random = context.random();
        this.moves = new Moves(context);
        this.centre = new int[sizes.length];
        this.step = initialStep;

        int max = 1;
        for (int size : sizes) {
            max = Math.max(max, size);
        }
        this.maxSize = max;
    }

    @Override
    protected int[] propose() {
        if (!hasCentre) {
            return moves.validRandomPosition();
        }
        return moves.satisfying(coordinateMove);
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        moveCentreIfBetter(position, score);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (moveCentreIfBetter(position, score)) {
            failures = 0;
            return;
        }

        failures++;
        if (failures >= 2 * sizes.length) {
            failures = 0;
            step *= shrink;
            if (step * (maxSize - 1) < 1) {
                step = initialStep;
            }
        }
    }

    /** Makes {@code position} the centre if its score is finite and better than the centre's. */
    private boolean moveCentreIfBetter(int[] position, double score) {
        if (!Double.isFinite(score) || (hasCentre && score <= centreScore)) {
            return false;
        }
        System.arraycopy(position, 0, centre, 0, centre.length);
        centreScore = score;
        hasCentre = true;
        return true;
    }

    /** Writes the centre moved along one random dimension into {@code target}. */
    private void fillCoordinateMove(int[] target) {
        System.arraycopy(centre, 0, target, 0, target.length);
        int d = random.nextInt(sizes.length);
        int size = sizes[d];
        if (size == 1) {
            return;
        }

        if (context().isCategorical(d)) {
            int other = random.nextInt(size - 1);
            target[d] = other >= centre[d] ? other + 1 : other;
            return;
        }

        int delta = Math.max(1, (int) Math.round(step * (size - 1)));
        int direction = random.nextBoolean() ? 1 : -1;
        int moved = clamp((long) centre[d] + direction * delta, size);
        if (moved == centre[d]) {
            moved = clamp((long) centre[d] - direction * delta, size);
        }
        target[d] = moved;
    }

    private static int clamp(long index, int size) {
        return (int) Math.max(0, Math.min(size - 1, index));
    }
}
