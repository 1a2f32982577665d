package dev.hyperactive.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of evaluations, one row per iteration, such as a run's search data or an
 * imported file used as a memory warm start.
 *
 * <p>A run's search data has these columns, in order: the parameters in search-space order (values,
 * not indices), {@code score}, the extra outputs in the order first recorded, {@code job},
 * {@code iteration} (0-based within the job), and on request {@code eval_time} and
 * {@code iter_time} in seconds. Cells keep their types: an integer dimension gives integers, a score
 * is a {@code Double}, and a missing extra output is {@code null}.
 */
public final class SearchData {

    /** Name of the score column. */
    public static final String SCORE = "score";
    /** Name of the job column. */
    public static final String JOB = "job";
    /** Name of the iteration column. */
    public static final String ITERATION = "iteration";
    /** Name of the evaluation-time column, in seconds. */
    public static final String EVAL_TIME = "eval_time";
    /** Name of the iteration-time column, in seconds. */
    public static final String ITER_TIME = "iter_time";

    private final List<String> columns;
    private final Map<String, Integer> indexByName;
    private final List<Object[]> cells;
    private final int rowCount;

    private SearchData(List<String> columns, List<Object[]> cells, int rowCount) {
        this.columns = List.copyOf(columns);
        this.indexByName = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (indexByName.put(columns.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate column: '" + columns.get(i) + "'");
            }
        }
        this.cells = cells;
        this.rowCount = rowCount;
    }

    /**
     * Creates search data from column arrays of equal length. The arrays are copied.
     *
     * @throws IllegalArgumentException if the arrays differ in length or a column name repeats
     */
    public static SearchData ofColumns(List<String> columns, List<Object[]> values) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(values, "values");
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException("got " + columns.size() + " column names but "
                    + values.size() + " columns");
        }
        int rows = values.isEmpty() ? 0 : values.get(0).length;
        List<Object[]> copies = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).length != rows) {
                throw new IllegalArgumentException("column '" + columns.get(i) + "' has "
                        + values.get(i).length + " rows, expected " + rows);
            }
            copies.add(values.get(i).clone());
        }
        return new SearchData(columns, copies, rows);
    }

    /**
     * Creates search data from rows given as maps from column name to value. A column missing from a
     * row is {@code null} there.
     */
    public static SearchData ofRows(List<String> columns, List<? extends Map<String, ?>> rows) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        List<Object[]> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            Object[] cells = new Object[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                cells[r] = rows.get(r).get(column);
            }
            values.add(cells);
        }
        return new SearchData(columns, values, rows.size());
    }

    /** Returns empty search data with the given columns. */
    public static SearchData empty(List<String> columns) {
        return ofRows(columns, List.of());
    }

    /** Returns the column names in order. */
    public List<String> columns() {
        return columns;
    }

    /** Returns whether there is a column named {@code name}. */
    public boolean hasColumn(String name) {
        return indexByName.containsKey(name);
    }

    /** Returns the number of rows. */
    public int size() {
        return rowCount;
    }

    /** Returns whether there are no rows. */
    public boolean isEmpty() {
        return rowCount == 0;
    }

    /**
     * Returns the cell in {@code row} and {@code column}.
     *
     * @throws IllegalArgumentException if there is no such column
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public Object get(int row, String column) {
        Objects.checkIndex(row, rowCount);
        return cells.get(columnIndex(column))[row];
    }

    /**
     * Returns the values of one column, top to bottom, as an unmodifiable list.
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public List<Object> column(String column) {
        return Collections.unmodifiableList(Arrays.asList(cells.get(columnIndex(column))));
    }

    /**
     * Returns the scores as doubles, or throws if there is no score column. A {@code null} or
     * non-numeric score is NaN.
     */
    public double[] scores() {
        Object[] column = cells.get(columnIndex(SCORE));
        double[] scores = new double[rowCount];
        for (int i = 0; i < rowCount; i++) {
            scores[i] = column[i] instanceof Number ? ((Number) column[i]).doubleValue() : Double.NaN;
        }
        return scores;
    }

    /** Returns one row as an unmodifiable map from column name to value, in column order. */
    public Map<String, Object> row(int row) {
        Objects.checkIndex(row, rowCount);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c), cells.get(c)[row]);
        }
        return Collections.unmodifiableMap(values);
    }

    /** Returns all rows, each as in {@link #row(int)}. */
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(row(r));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Returns these rows followed by the rows of {@code other}. Columns are the union, in first-seen
     * order; a cell of a column that one side lacks is {@code null}.
     */
    public SearchData append(SearchData other) {
        List<String> union = new ArrayList<>(columns);
        for (String column : other.columns) {
            if (!indexByName.containsKey(column)) {
                union.add(column);
            }
        }
        List<Object[]> values = new ArrayList<>(union.size());
        for (String column : union) {
            Object[] merged = new Object[rowCount + other.rowCount];
            if (hasColumn(column)) {
                System.arraycopy(cells.get(columnIndex(column)), 0, merged, 0, rowCount);
            }
            if (other.hasColumn(column)) {
                System.arraycopy(other.cells.get(other.columnIndex(column)), 0, merged, rowCount, other.rowCount);
            }
            values.add(merged);
        }
        return new SearchData(union, values, rowCount + other.rowCount);
    }

    private int columnIndex(String column) {
        Integer index = indexByName.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column '" + column + "'; the columns are " + columns);
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SearchData)) {
            return false;
        }
        SearchData other = (SearchData) o;
        if (!columns.equals(other.columns) || rowCount != other.rowCount) {
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!Arrays.equals(cells.get(c), other.cells.get(c))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + rowCount;
    }

    @Override
    public String toString() {
        return "SearchData" + columns + " with " + rowCount + " rows";
    }
}
