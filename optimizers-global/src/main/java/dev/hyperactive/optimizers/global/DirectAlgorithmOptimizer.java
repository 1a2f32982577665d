package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;

/**
 * DIRECT (dividing rectangles) on index boxes: it samples box centres and divides the boxes that
 * are potentially optimal for some Lipschitz constant.
 *
 * <p>The run starts with one box, the whole space, and proposes its centre (index
 * {@code low + w / 2} of each range of {@code w} indices). Then, whenever every box is scored, it
 * selects the potentially optimal boxes (Jones, Perttunen and Stuckman, 1993): the best box of each
 * size that, for some constant {@code K > 0}, has the highest {@code score + K * size} of all boxes
 * and promises at least {@code f_max + 1e-4 * |f_max|}. The size is half the box diagonal in
 * coordinates where every dimension has length 1. Each selected box is divided in three along its
 * longest normalized side (ties broken at random from the run's generator). The middle part keeps
 * the parent's centre and score; the centres of the two outer parts are proposed next. A box of a
 * single position cannot be divided and is dropped once selected. A centre that violates a
 * constraint is scored as the lowest finite score without being evaluated, and so are centres with
 * NaN or infinite scores. The state is the set of boxes: the space is never listed, and the
 * selection costs time linear in the number of distinct box sizes. Once every box is a single
 * position the space is exhausted and the run proposes uniform random positions. The initial
 * positions are evaluated first but do not seed the boxes.
 *
 * <p>Departures from Gradient-Free-Optimizers, which divides only the box with the highest
 * {@code score + K * size} for the fixed constant {@code K = 1}, and evaluates all three parts:
 * with a fixed {@code K} the choice depends on the scale of the scores (it degenerates into a
 * greedy search when scores vary by much more than 1, and into a grid when they vary by much
 * less), while the potentially optimal set does not. Keeping the parent's score for the middle part
 * saves one evaluation per division.
 *
 * <p>DIRECT has no parameters. Gradient-Free-Optimizers accepts its model-based parameters and
 * ignores them; here they are rejected like any unknown parameter.
 */
public final class DirectAlgorithmOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "direct_algorithm";

    /** Creates the spec. */
    public DirectAlgorithmOptimizer() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns an empty map: DIRECT has no parameters. */
    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectAlgorithmOptimizer;
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }

    @Override
    public String toString() {
        return NAME + "{}";
    }
}
