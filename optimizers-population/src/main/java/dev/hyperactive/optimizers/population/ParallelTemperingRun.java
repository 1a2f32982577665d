package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One run of parallel tempering, following the rules that {@link ParallelTemperingOptimizer} describes. */
final class ParallelTemperingRun extends AbstractAskTellOptimizer {

    /** The factor applied to a system's temperature after each of its moves. */
    static final double COOLING = 0.99;

    /** The hottest temperature of the ladder is {@code LADDER_BASE^LADDER_EXPONENT}, about 10.8. */
    private static final double LADDER_BASE = 1.1;
    private static final double LADDER_EXPONENT = 25;

    /** Temperature 1 in score units, as a fraction of the standard deviation of the scores seen. */
    static final double TEMPERATURE_UNIT = 0.003;

    private final OptimizerContext context;
    private final double epsilon;
    private final NoiseDistribution distribution;
    private final int swapInterval;
    private final BoundedMoves bounded;
    private final RandomGenerator random;
    private final Population systems;
    private final double[] temperatures;

    /** Running count, mean and sum of squared deviations of the finite scores (Welford). */
    private long scoreCount;
    private double scoreMean;
    private double scoreSquares;

    private long turns;
    private int pendingSystem = -1;

    /** Draws of a step that may round back to the current position before it is moved by one index. */
    static final int REDRAWS = 3;

    ParallelTemperingRun(ParallelTemperingOptimizer spec, OptimizerContext context) {
        super(context);
        this.context = context;
        this.epsilon = spec.epsilon();
        this.distribution = spec.distribution();
        this.swapInterval = spec.swapInterval();
        Moves moves = new Moves(context);
        this.bounded = new BoundedMoves(context, moves, spec.boundary());
        this.random = context.random();
        this.systems = new Population(ParallelTemperingOptimizer.NAME, spec.population(), context, moves);
        this.temperatures = ladder(spec.population());
    }

    /** Returns {@code size} temperatures spaced geometrically from 1 to about 10.8, coldest first. */
    static double[] ladder(int size) {
        double[] ladder = new double[size];
        for (int i = 0; i < size; i++) {
            double fraction = size == 1 ? 0 : (double) i / (size - 1);
            ladder[i] = Math.pow(LADDER_BASE, LADDER_EXPONENT * fraction);
        }
        return ladder;
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        addToSpread(score);
        systems.tellInitial(position, score);
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        systems.rejected(initial);
        pendingSystem = -1;
    }

    @Override
    protected void finishInitialization() {
        systems.finishInitialization();
    }

    @Override
    protected int[] propose() {
        if (systems.hasUnstartedMember()) {
            return systems.nextStart();
        }
        int k = (int) (turns++ % systems.size());
        pendingSystem = k;
        return step(systems.member(k).position(), Math.min(1, epsilon * temperatures[k]));
    }

    /**
     * Returns a hill-climbing step of size {@code stepEpsilon} from {@code current} that satisfies
     * the constraints and, where possible, differs from {@code current}. A cold system's step can
     * be far below one index, so that nearly every draw rounds back to {@code current}; after
     * {@value #REDRAWS} such draws the step moves one random dimension by one index (or to another
     * category) instead of drawing again, which keeps the cost per step constant.
     */
    private int[] step(int[] current, double stepEpsilon) {
        int[] candidate = new int[current.length];
        for (int i = 0; i < REDRAWS; i++) {
            bounded.fillNeighbour(current, stepEpsilon, distribution, candidate);
            if (!Arrays.equals(candidate, current) && context.satisfiesConstraints(candidate)) {
                return candidate;
            }
        }
        if (nudge(current, candidate) && context.satisfiesConstraints(candidate)) {
            return candidate;
        }
        return bounded.validNeighbour(current, stepEpsilon, distribution);
    }

    /**
     * Writes {@code current} with one random dimension moved by one index, or switched to another
     * category, into {@code target}, and returns false when that dimension has a single value.
     */
    private boolean nudge(int[] current, int[] target) {
        System.arraycopy(current, 0, target, 0, current.length);
        int d = random.nextInt(current.length);
        int size = context.dimensionSize(d);
        if (size < 2) {
            return false;
        }
        if (context.isCategorical(d)) {
            int other = random.nextInt(size - 1);
            target[d] = other >= current[d] ? other + 1 : other;
            return true;
        }
        int direction = random.nextBoolean() ? 1 : -1;
        int moved = current[d] + direction;
        target[d] = moved >= 0 && moved < size ? moved : current[d] - direction;
        return true;
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        addToSpread(score);
        if (systems.isStartPending()) {
            systems.tellStart(position, score);
            return;
        }
        if (pendingSystem < 0) {
            return;
        }

        int k = pendingSystem;
        pendingSystem = -1;
        Population.Member system = systems.member(k);
        if (accepts(score, system.score(), temperatures[k])) {
            system.moveTo(position, score);
        }
        temperatures[k] *= COOLING;

        if (turns % swapInterval == 0) {
            swapTemperatures();
        }
    }

    /** Returns the Metropolis decision for a move from {@code current} to {@code score} at {@code temperature}. */
    private boolean accepts(double score, double current, double temperature) {
        if (!Double.isFinite(score)) {
            return !Double.isFinite(current);
        }
        if (!Double.isFinite(current) || score >= current) {
            return true;
        }
        double unit = temperatureUnit();
        if (!(unit > 0) || !Double.isFinite(unit)) {
            return false;
        }
        return random.nextDouble() < Math.exp((score - current) / (unit * temperature));
    }

    /** Lets each system swap temperatures with a random other one by the replica-exchange rule. */
    private void swapTemperatures() {
        int size = systems.size();
        double unit = temperatureUnit();
        if (size < 2 || !(unit > 0) || !Double.isFinite(unit)) {
            return;
        }

        for (int i = 0; i < size; i++) {
            int j = random.nextInt(size - 1);
            if (j >= i) {
                j++;
            }
            double si = systems.member(i).score();
            double sj = systems.member(j).score();
            if (!Double.isFinite(si) || !Double.isFinite(sj)) {
                continue;
            }

            double exponent = (1 / temperatures[i] - 1 / temperatures[j]) * (sj - si) / unit;
            if (exponent >= 0 || random.nextDouble() < Math.exp(exponent)) {
                double swapped = temperatures[i];
                temperatures[i] = temperatures[j];
                temperatures[j] = swapped;
            }
        }
    }

    private void addToSpread(double score) {
        if (!Double.isFinite(score)) {
            return;
        }
        scoreCount++;
        double deviation = score - scoreMean;
        scoreMean += deviation / scoreCount;
        scoreSquares += deviation * (score - scoreMean);
    }

    /**
     * Returns temperature 1 in score units: {@link #TEMPERATURE_UNIT} times the standard deviation of
     * the finite scores so far, or 0 with fewer than two.
     */
    private double temperatureUnit() {
        return scoreCount < 2 ? 0 : TEMPERATURE_UNIT * Math.sqrt(scoreSquares / (scoreCount - 1));
    }
}
