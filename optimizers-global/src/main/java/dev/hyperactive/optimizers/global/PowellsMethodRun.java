package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of Powell's method, as {@link PowellsMethodOptimizer} describes it. */
final class PowellsMethodRun extends AbstractAskTellOptimizer {

    /** Line points skipped in a row (known or invalid) before a proposal falls back to a random position. */
    private static final int MAX_SKIPPED_POINTS = 1000;

    private final int pointsPerLine;
    private final double convergenceThreshold;
    private final double randomRestartProbability;
    private final int[] sizes;
    private final Moves moves;
    private final RandomGenerator random;
    private final LineSearch line;

    /** Unit directions, one row each; they start as the coordinate axes. */
    private final double[][] directions;
    private final double[] improvements;
    private int direction;
    private boolean lineActive;
    private boolean converged;

    private final int[] origin;
    private double originScore = Double.NEGATIVE_INFINITY;
    private final int[] cycleStart;
    private double lineStartScore;
    private final int[] lineBest;
    private double lineBestScore;
    private final int[] previousPoint;
    private double previousScore;
    private boolean hasPreviousPoint;

    private boolean pendingLinePoint;
    private double pendingStep;

    PowellsMethodRun(PowellsMethodOptimizer spec, OptimizerContext context) {
        super(context);
        this.pointsPerLine = spec.pointsPerLine();
        this.convergenceThreshold = spec.convergenceThreshold();
        this.randomRestartProbability = spec.randomRestartProbability();
        this.sizes = context.dimensionSizes();
        this.moves = new Moves(context);
        this.random = context.random();
        this.line = LineSearch.create(spec.lineSearch(), spec.epsilon(), spec.distribution(), random);

        int n = sizes.length;
        this.directions = new double[n][n];
        for (int d = 0; d < n; d++) {
            directions[d][d] = 1;
        }
        this.improvements = new double[n];
        this.origin = new int[n];
        this.cycleStart = new int[n];
        this.lineBest = new int[n];
        this.previousPoint = new int[n];
    }

    @Override
    protected void finishInitialization() {
        if (hasBest()) {
            System.arraycopy(bestPosition(), 0, origin, 0, origin.length);
            originScore = bestScore();
        } else {
            System.arraycopy(moves.validRandomPosition(), 0, origin, 0, origin.length);
        }
        startCycle();
    }

    @Override
    protected int[] propose() {
        pendingLinePoint = false;
        if (converged || (randomRestartProbability > 0 && random.nextDouble() < randomRestartProbability)) {
            return moves.validRandomPosition();
        }

        int[] candidate = new int[sizes.length];
        for (int skipped = 0; skipped < MAX_SKIPPED_POINTS; skipped++) {
            if (!lineActive) {
                startNextLine();
                if (converged) {
                    return moves.validRandomPosition();
                }
            }
            if (!line.hasNext()) {
                finishLine();
                continue;
            }

            double t = line.nextStep();
            fillLinePoint(t, candidate);
            if (Arrays.equals(candidate, origin)) {
                line.tell(t, originScore);
            } else if (hasPreviousPoint && Arrays.equals(candidate, previousPoint)) {
                line.tell(t, previousScore);
            } else if (!context().satisfiesConstraints(candidate)) {
                line.tell(t, Double.NEGATIVE_INFINITY);
            } else {
                pendingLinePoint = true;
                pendingStep = t;
                return candidate;
            }
        }
        return moves.validRandomPosition();
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (!pendingLinePoint) {
            return;
        }
        pendingLinePoint = false;
        double usable = Double.isFinite(score) ? score : Double.NEGATIVE_INFINITY;
        line.tell(pendingStep, usable);
        System.arraycopy(position, 0, previousPoint, 0, previousPoint.length);
        previousScore = usable;
        hasPreviousPoint = true;
        if (usable > lineBestScore) {
            System.arraycopy(position, 0, lineBest, 0, lineBest.length);
            lineBestScore = usable;
        }
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        if (!initial && pendingLinePoint) {
            pendingLinePoint = false;
            line.tell(pendingStep, Double.NEGATIVE_INFINITY);
        }
    }

    /** Returns whether the method has converged and proposes random positions. Used by tests. */
    boolean converged() {
        return converged;
    }

    /** Returns a copy of direction {@code i}. Used by tests. */
    double[] direction(int i) {
        return directions[i].clone();
    }

    private void startCycle() {
        System.arraycopy(origin, 0, cycleStart, 0, origin.length);
        Arrays.fill(improvements, 0);
        direction = 0;
        lineActive = false;
    }

    /** Starts the line search of the next direction, first closing the cycle if every direction was searched. */
    private void startNextLine() {
        if (direction == directions.length) {
            finishCycle();
            if (converged) {
                return;
            }
            startCycle();
        }
        lineStartScore = originScore;
        System.arraycopy(origin, 0, lineBest, 0, origin.length);
        lineBestScore = originScore;
        hasPreviousPoint = false;
        line.start(maxStep(directions[direction]), pointsPerLine, originScore);
        lineActive = true;
    }

    /** Moves the origin to the best point of the finished line and records the improvement. */
    private void finishLine() {
        double improvement = lineBestScore - lineStartScore;
        improvements[direction] = Double.isNaN(improvement) ? 0 : improvement;
        System.arraycopy(lineBest, 0, origin, 0, origin.length);
        originScore = lineBestScore;
        direction++;
        lineActive = false;
    }

    /** Checks convergence and replaces the direction of largest improvement by the cycle's displacement. */
    private void finishCycle() {
        double total = 0;
        int largest = 0;
        for (int i = 0; i < improvements.length; i++) {
            total += improvements[i];
            if (improvements[i] > improvements[largest]) {
                largest = i;
            }
        }
        if (total < convergenceThreshold) {
            converged = true;
            return;
        }

        double norm = 0;
        for (int d = 0; d < origin.length; d++) {
            double delta = origin[d] - cycleStart[d];
            norm += delta * delta;
        }
        norm = Math.sqrt(norm);
        if (norm > 1e-10) {
            double[] replaced = directions[largest];
            for (int d = 0; d < origin.length; d++) {
                replaced[d] = (origin[d] - cycleStart[d]) / norm;
            }
        }
    }

    /** Returns the distance from the origin to the nearest bound along {@code unit}, at least 1. */
    private double maxStep(double[] unit) {
        double forward = Double.POSITIVE_INFINITY;
        double backward = Double.POSITIVE_INFINITY;
        for (int d = 0; d < unit.length; d++) {
            double component = unit[d];
            if (Math.abs(component) < 1e-10) {
                continue;
            }
            double up = (double) sizes[d] - 1 - origin[d];
            double down = origin[d];
            if (component > 0) {
                forward = Math.min(forward, up / component);
                backward = Math.min(backward, down / component);
            } else {
                forward = Math.min(forward, down / -component);
                backward = Math.min(backward, up / -component);
            }
        }
        double step = Math.min(forward, backward);
        return Double.isInfinite(step) ? 1 : Math.max(step, 1);
    }

    private void fillLinePoint(double t, int[] target) {
        double[] unit = directions[direction];
        for (int d = 0; d < target.length; d++) {
            double index = Math.rint(origin[d] + t * unit[d]);
            target[d] = (int) Math.max(0, Math.min(sizes[d] - 1, index));
        }
    }
}
