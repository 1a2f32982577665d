package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Callback;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.Parameters;
import java.util.List;
import java.util.Map;

/**
 * Runs one evaluation: the before callbacks, the objective and the after callbacks. An exception
 * covered by a {@code catch} entry (its class or a subclass) gives that entry's score and skips the
 * after callbacks; any other exception or error propagates.
 */
final class Evaluator {

    private final Objective objective;
    private final Callback[] before;
    private final Callback[] after;
    private final Class<?>[] caughtTypes;
    private final double[] caughtScores;

    Evaluator(Objective objective, List<Callback> before, List<Callback> after,
            Map<Class<? extends Exception>, Double> caught) {
        this.objective = objective;
        this.before = before.toArray(new Callback[0]);
        this.after = after.toArray(new Callback[0]);
        this.caughtTypes = new Class<?>[caught.size()];
        this.caughtScores = new double[caught.size()];
        int i = 0;
        for (Map.Entry<Class<? extends Exception>, Double> entry : caught.entrySet()) {
            caughtTypes[i] = entry.getKey();
            caughtScores[i] = entry.getValue();
            i++;
        }
    }

    /** Returns the score of the evaluation at the position {@code parameters} points to. */
    double evaluate(Parameters parameters) throws Exception {
        try {
            for (Callback callback : before) {
                callback.call(parameters);
            }
            double score = objective.evaluate(parameters);
            for (Callback callback : after) {
                callback.call(parameters);
            }
            return score;
        } catch (Exception e) {
            int entry = mostSpecificEntry(e);
            if (entry < 0) {
                throw e;
            }
            return caughtScores[entry];
        }
    }

    /** Returns the catch entry of the closest superclass of {@code e}, or -1 when none covers it. */
    private int mostSpecificEntry(Exception e) {
        int best = -1;
        for (int i = 0; i < caughtTypes.length; i++) {
            if (caughtTypes[i].isInstance(e) && (best < 0 || caughtTypes[best].isAssignableFrom(caughtTypes[i]))) {
                best = i;
            }
        }
        return best;
    }
}
