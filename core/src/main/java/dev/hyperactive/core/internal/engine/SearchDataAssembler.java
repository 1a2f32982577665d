package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link SearchData} of several jobs from their primitive records: parameters (values,
 * in search-space order), score, extra outputs in the order first recorded, job, iteration, and on
 * request eval_time and iter_time in seconds. Rows follow job order.
 */
final class SearchDataAssembler {

    private SearchDataAssembler() {
    }

    static SearchData assemble(List<JobRun> jobs, boolean withTimes) {
        Set<String> parameterNames = new LinkedHashSet<>();
        Set<String> extraNames = new LinkedHashSet<>();
        int rows = 0;
        for (JobRun job : jobs) {
            parameterNames.addAll(job.search().space().names());
            extraNames.addAll(job.record().extraNames());
            rows += job.record().size();
        }

        List<String> columns = new ArrayList<>(parameterNames);
        columns.add(SearchData.SCORE);
        columns.addAll(extraNames);
        columns.add(SearchData.JOB);
        columns.add(SearchData.ITERATION);
        if (withTimes) {
            columns.add(SearchData.EVAL_TIME);
            columns.add(SearchData.ITER_TIME);
        }

        List<Object[]> values = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            values.add(new Object[rows]);
        }

        int offset = 0;
        for (JobRun job : jobs) {
            fill(job, columns, values, offset, withTimes);
            offset += job.record().size();
        }
        return SearchData.ofColumns(columns, values);
    }

    private static void fill(JobRun job, List<String> columns, List<Object[]> values, int offset, boolean withTimes) {
        SearchSpace space = job.search().space();
        JobRecord record = job.record();
        int scoreColumn = columns.indexOf(SearchData.SCORE);
        int jobColumn = columns.indexOf(SearchData.JOB);

        for (int d = 0; d < space.dimensionCount(); d++) {
            Object[] column = values.get(columns.indexOf(space.dimension(d).name()));
            for (int row = 0; row < record.size(); row++) {
                column[offset + row] = space.dimension(d).value(record.index(row, d));
            }
        }

        for (int row = 0; row < record.size(); row++) {
            values.get(scoreColumn)[offset + row] = record.score(row);
            values.get(jobColumn)[offset + row] = job.job();
            values.get(jobColumn + 1)[offset + row] = row;
            if (withTimes) {
                values.get(jobColumn + 2)[offset + row] = record.evaluationNanos(row) / 1e9;
                values.get(jobColumn + 3)[offset + row] = record.iterationNanos(row) / 1e9;
            }
            Map<String, Object> extras = record.extras(row);
            if (extras != null) {
                for (Map.Entry<String, Object> extra : extras.entrySet()) {
                    values.get(columns.indexOf(extra.getKey()))[offset + row] = extra.getValue();
                }
            }
        }
    }
}
