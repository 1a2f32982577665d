package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;

/**
 * One run of downhill simplex, following the steps that {@link DownhillSimplexOptimizer} describes.
 * Each proposal costs O(n^2) for n dimensions (the centroid of n + 1 vertices), whatever the
 * number of evaluations.
 */
final class DownhillSimplexRun extends AbstractAskTellOptimizer {

    /** The step that the next proposal serves. */
    private enum Step {
        /** Evaluating vertices from {@link #cursor} on: new, shrunk or rebuilt ones. */
        EVALUATE,
        REFLECT,
        EXPAND,
        CONTRACT
    }

    private final double alpha;
    private final double gamma;
    private final double beta;
    private final double sigma;
    private final Moves moves;
    private final int dimensions;
    private final double[] upper;

    /** The vertices, sorted from best to worst at the start of each reflection. */
    private final double[][] vertices;
    private final double[] scores;
    private final BestPositions best;

    private final double[] centroid;
    private final double[] candidate;
    private final double[] reflected;
    private double reflectedScore;
    private final double[] contractionBase;
    private final int[] centre;

    private Step step = Step.EVALUATE;
    private int cursor;
    private long rebuildVersion = -1;

    DownhillSimplexRun(DownhillSimplexOptimizer spec, OptimizerContext context) {
        super(context);
        this.alpha = spec.alpha();
        this.gamma = spec.gamma();
        this.beta = spec.beta();
        this.sigma = spec.sigma();
        this.moves = new Moves(context);
        this.dimensions = context.dimensionCount();
        this.upper = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            upper[d] = context.dimensionSize(d) - 1;
        }
        int vertexCount = dimensions + 1;
        this.vertices = new double[vertexCount][dimensions];
        this.scores = new double[vertexCount];
        this.best = new BestPositions(vertexCount, dimensions);
        this.centroid = new double[dimensions];
        this.candidate = new double[dimensions];
        this.reflected = new double[dimensions];
        this.contractionBase = new double[dimensions];
        this.centre = new int[dimensions];
    }

    @Override
    protected void finishInitialization() {
        int known = Math.min(best.count(), vertices.length);
        for (int i = 0; i < known; i++) {
            copy(best.position(i), vertices[i]);
            scores[i] = best.score(i);
        }
        for (int i = known; i < vertices.length; i++) {
            moves.fillRandom(centre);
            copy(centre, vertices[i]);
        }
        startEvaluation(known);
    }

    @Override
    protected int[] propose() {
        if (step == Step.REFLECT) {
            sortVertices();
            if (collapsed()) {
                rebuild();
            }
        }

        int worst = vertices.length - 1;
        switch (step) {
            case EVALUATE:
                System.arraycopy(vertices[cursor], 0, candidate, 0, dimensions);
                break;
            case REFLECT:
                computeCentroid();
                combine(centroid, vertices[worst], alpha, candidate);
                break;
            case EXPAND:
                combine(centroid, vertices[worst], gamma, candidate);
                break;
            case CONTRACT:
            default:
                combine(contractionBase, centroid, -beta, candidate);
                break;
        }
        return toPosition();
    }

    @Override
    protected void tellInitial(int[] position, double score) {
        best.offer(position, score);
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        best.offer(position, score);
        double value = Double.isFinite(score) ? score : Double.NEGATIVE_INFINITY;
        int worst = vertices.length - 1;

        switch (step) {
            case EVALUATE:
                setVertex(cursor, candidate, value);
                cursor++;
                if (cursor == vertices.length) {
                    step = Step.REFLECT;
                }
                break;
            case REFLECT:
                System.arraycopy(candidate, 0, reflected, 0, dimensions);
                reflectedScore = value;
                if (value > scores[0]) {
                    step = Step.EXPAND;
                } else if (value > scores[worst - 1]) {
                    setVertex(worst, reflected, value);
                } else {
                    double[] base = scores[worst] > value ? vertices[worst] : reflected;
                    System.arraycopy(base, 0, contractionBase, 0, dimensions);
                    step = Step.CONTRACT;
                }
                break;
            case EXPAND:
                if (value > reflectedScore) {
                    setVertex(worst, candidate, value);
                } else {
                    setVertex(worst, reflected, reflectedScore);
                }
                step = Step.REFLECT;
                break;
            case CONTRACT:
            default:
                if (value > scores[worst]) {
                    setVertex(worst, candidate, value);
                    step = Step.REFLECT;
                } else {
                    shrink();
                }
                break;
        }
    }

    /** Returns the name of the step the next proposal serves. Used by tests. */
    String nextStep() {
        return step.name();
    }

    private void startEvaluation(int from) {
        cursor = from;
        step = from < vertices.length ? Step.EVALUATE : Step.REFLECT;
    }

    /** Moves every vertex but the best halfway (by sigma) to the best; each is then evaluated again. */
    private void shrink() {
        double[] first = vertices[0];
        for (int i = 1; i < vertices.length; i++) {
            combine(first, vertices[i], -sigma, vertices[i]);
        }
        startEvaluation(1);
    }

    /**
     * Replaces a collapsed simplex: by the best distinct positions evaluated so far if they changed
     * since the last rebuild, else by the best position and hill-climbing neighbours of it.
     */
    private void rebuild() {
        int known;
        if (best.count() >= 2 && best.version() != rebuildVersion) {
            known = Math.min(best.count(), vertices.length);
            for (int i = 0; i < known; i++) {
                copy(best.position(i), vertices[i]);
                scores[i] = best.score(i);
            }
        } else if (best.count() > 0) {
            known = 1;
            copy(best.position(0), vertices[0]);
            scores[0] = best.score(0);
        } else {
            known = 0;
            moves.fillRandom(centre);
            copy(centre, vertices[0]);
        }
        rebuildVersion = best.version();

        Boundary.CLIP.apply(vertices[0], centre, context(), context().random(), centre);
        int[] neighbour = new int[dimensions];
        for (int i = Math.max(known, 1); i < vertices.length; i++) {
            moves.fillNeighbour(centre, DownhillSimplexOptimizer.REBUILD_EPSILON, NoiseDistribution.NORMAL, neighbour);
            copy(neighbour, vertices[i]);
        }
        startEvaluation(known);
    }

    /** Returns whether every vertex lies within half an index of the first one in every dimension. */
    private boolean collapsed() {
        double[] first = vertices[0];
        for (int i = 1; i < vertices.length; i++) {
            for (int d = 0; d < dimensions; d++) {
                if (Math.abs(vertices[i][d] - first[d]) >= 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Sorts the vertices by score from best to worst; equal scores keep their order. */
    private void sortVertices() {
        for (int i = 1; i < vertices.length; i++) {
            double[] vertex = vertices[i];
            double score = scores[i];
            int j = i;
            while (j > 0 && scores[j - 1] < score) {
                vertices[j] = vertices[j - 1];
                scores[j] = scores[j - 1];
                j--;
            }
            vertices[j] = vertex;
            scores[j] = score;
        }
    }

    /** Computes the centroid of every vertex but the last (the worst after sorting). */
    private void computeCentroid() {
        int count = vertices.length - 1;
        for (int d = 0; d < dimensions; d++) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += vertices[i][d];
            }
            centroid[d] = sum / count;
        }
    }

    /** Writes {@code from + factor * (from - away)} into {@code target}, which may be {@code away}. */
    private void combine(double[] from, double[] away, double factor, double[] target) {
        for (int d = 0; d < dimensions; d++) {
            target[d] = from[d] + factor * (from[d] - away[d]);
        }
    }

    /**
     * Clips the candidate into the space, rounds it to a new position and, if that violates a
     * constraint, replaces both by a random position that satisfies them.
     */
    private int[] toPosition() {
        for (int d = 0; d < dimensions; d++) {
            candidate[d] = Math.max(0, Math.min(upper[d], candidate[d]));
        }
        int[] position = new int[dimensions];
        Boundary.CLIP.apply(candidate, position, context(), context().random(), position);
        if (!context().satisfiesConstraints(position)) {
            position = moves.validRandomPosition();
            copy(position, candidate);
        }
        return position;
    }

    private void setVertex(int index, double[] coordinates, double score) {
        System.arraycopy(coordinates, 0, vertices[index], 0, dimensions);
        scores[index] = score;
    }

    private static void copy(int[] from, double[] to) {
        for (int d = 0; d < from.length; d++) {
            to[d] = from[d];
        }
    }
}
