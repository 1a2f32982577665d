package dev.hyperactive.core.internal.engine;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;

/**
 * The rows of one job on primitive lists: positions as indices, scores and times. Extra outputs are
 * kept only for rows that have them. Written by the job's thread, read after the job has ended.
 */
final class JobRecord {

    private final int dimensions;
    private final IntArrayList positions;
    private final DoubleArrayList scores;
    private final LongArrayList evalNanos;
    private final LongArrayList iterNanos;
    private IntObjectHashMap<Map<String, Object>> extrasByRow;
    private Set<String> extraNames;

    /** The maximum number of position indices the record reserves room for up front (4 MiB). */
    private static final int MAX_PRESIZED_INDICES = 1 << 20;

    /** Creates an empty record whose lists hold {@code expectedRows} rows before they first grow. */
    JobRecord(int dimensions, int expectedRows) {
        this.dimensions = dimensions;
        this.positions = new IntArrayList((int) Math.min((long) dimensions * expectedRows, MAX_PRESIZED_INDICES));
        this.scores = new DoubleArrayList(expectedRows);
        this.evalNanos = new LongArrayList(expectedRows);
        this.iterNanos = new LongArrayList(expectedRows);
    }

    /** Appends a row whose iteration time is set later with {@link #setIterationTime(long)}. */
    void add(int[] position, double score, Map<String, Object> extras, long evaluationNanos) {
        int row = scores.size();
        positions.addAll(position);
        scores.add(score);
        evalNanos.add(evaluationNanos);
        iterNanos.add(0L);
        if (extras != null && !extras.isEmpty()) {
            if (extrasByRow == null) {
                extrasByRow = new IntObjectHashMap<>();
                extraNames = new LinkedHashSet<>();
            }
            extrasByRow.put(row, extras);
            extraNames.addAll(extras.keySet());
        }
    }

    /** Sets the iteration time of the last row. */
    void setIterationTime(long nanos) {
        iterNanos.set(iterNanos.size() - 1, nanos);
    }

    int size() {
        return scores.size();
    }

    int index(int row, int dimension) {
        return positions.get(row * dimensions + dimension);
    }

    int[] position(int row) {
        int[] position = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            position[d] = index(row, d);
        }
        return position;
    }

    double score(int row) {
        return scores.get(row);
    }

    long evaluationNanos(int row) {
        return evalNanos.get(row);
    }

    long iterationNanos(int row) {
        return iterNanos.get(row);
    }

    /** Returns the extra outputs of a row, or null. */
    Map<String, Object> extras(int row) {
        return extrasByRow == null ? null : extrasByRow.get(row);
    }

    /** Returns the extra-output names in the order first recorded. */
    Set<String> extraNames() {
        return extraNames == null ? Set.of() : extraNames;
    }

    long totalEvaluationNanos() {
        return evalNanos.sum();
    }
}
