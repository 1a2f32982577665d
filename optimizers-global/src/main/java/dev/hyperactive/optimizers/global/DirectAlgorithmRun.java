package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import java.util.ArrayDeque;

/** One run of DIRECT, as {@link DirectAlgorithmOptimizer} describes it. */
final class DirectAlgorithmRun extends AbstractAskTellOptimizer {

    /** Centres skipped in a row (constraint violations, empty divisions) before a proposal falls back to a random position. */
    private static final int MAX_SKIPPED = 1000;

    private final Moves moves;
    private final DirectBoxes boxes;
    private final ArrayDeque<DirectBox> unscored = new ArrayDeque<>();
    private DirectBox pending;

    DirectAlgorithmRun(OptimizerContext context) {
        super(context);
        this.moves = new Moves(context);
        this.boxes = new DirectBoxes(context.dimensionSizes(), context.random());
        unscored.add(boxes.root());
    }

    @Override
    protected int[] propose() {
        pending = null;
        int[] centre = new int[context().dimensionCount()];
        for (int skipped = 0; skipped < MAX_SKIPPED; skipped++) {
            if (unscored.isEmpty()) {
                if (boxes.boxCount() == 0) {
                    break;
                }
                boxes.divideSelected(unscored);
                continue;
            }

            DirectBox box = unscored.poll();
            box.fillCentre(centre);
            if (context().satisfiesConstraints(centre)) {
                pending = box;
                return centre;
            }
            boxes.add(box);
        }
        return moves.validRandomPosition();
    }

    @Override
    protected void tellProposal(int[] position, double score) {
        if (pending != null) {
            pending.score = score;
            boxes.add(pending);
            pending = null;
        }
    }

    @Override
    protected void rejected(int[] position, boolean initial) {
        if (!initial && pending != null) {
            boxes.add(pending);
            pending = null;
        }
    }

    /** Returns the number of scored boxes. Used by tests. */
    int boxCount() {
        return boxes.boxCount();
    }
}
