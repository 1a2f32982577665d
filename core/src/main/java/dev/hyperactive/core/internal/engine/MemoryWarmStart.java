package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.spi.Observation;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Converts earlier search data into observations of a search space. Rows whose values are not
 * exactly in the space, or whose score is missing, are skipped, and the count is logged once.
 */
final class MemoryWarmStart {

    private static final System.Logger LOG = System.getLogger(MemoryWarmStart.class.getName());

    private MemoryWarmStart() {
    }

    /**
     * Returns the observations of {@code data} in {@code space}.
     *
     * @throws IllegalArgumentException if {@code data} lacks the column of a parameter or the score
     */
    static List<Observation> observations(SearchSpace space, SearchData data) {
        for (String name : space.names()) {
            requireColumn(data, name);
        }
        requireColumn(data, SearchData.SCORE);

        List<List<Object>> columns = new ArrayList<>();
        for (String name : space.names()) {
            columns.add(data.column(name));
        }
        List<Object> scores = data.column(SearchData.SCORE);

        List<Observation> observations = new ArrayList<>(data.size());
        int skipped = 0;
        for (int row = 0; row < data.size(); row++) {
            int[] position = positionOf(space, columns, row);
            Object score = scores.get(row);
            if (position == null || !(score instanceof Number)) {
                skipped++;
            } else {
                observations.add(new Observation(position, ((Number) score).doubleValue()));
            }
        }

        if (skipped > 0) {
            LOG.log(Level.WARNING, "skipped {0} of {1} memory warm-start rows whose values are not in the "
                    + "search space or whose score is missing", skipped, data.size());
        }
        return observations;
    }

    private static int[] positionOf(SearchSpace space, List<List<Object>> columns, int row) {
        int[] position = new int[space.dimensionCount()];
        for (int d = 0; d < position.length; d++) {
            Dimension dimension = space.dimension(d);
            OptionalInt index = dimension.exactIndexOf(columns.get(d).get(row));
            if (index.isEmpty()) {
                return null;
            }
            position[d] = index.getAsInt();
        }
        return position;
    }

    private static void requireColumn(SearchData data, String column) {
        if (!data.hasColumn(column)) {
            throw new IllegalArgumentException("memory_warm_start lacks the column '" + column
                    + "'; its columns are " + data.columns());
        }
    }
}
