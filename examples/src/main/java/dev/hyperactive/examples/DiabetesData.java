package dev.hyperactive.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableDataset;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * The diabetes dataset of Efron, Hastie, Johnstone and Tibshirani (2004), bundled as a resource: 442
 * patients, 10 raw baseline measurements and the target {@code progression}, a quantitative measure
 * of disease progression one year later.
 *
 * <p>The file is parsed here rather than with Tribuo's {@code CSVLoader}, because in Tribuo 4.3.2
 * that loader turns its URL into a {@code Path} and fails with {@code FileSystemNotFoundException}
 * for a resource inside a jar.
 */
final class DiabetesData {

    /** Name of the target column. */
    static final String TARGET = "progression";

    private static final String RESOURCE = "diabetes.csv";

    private DiabetesData() {
    }

    /**
     * Returns the dataset, loaded on first use and shared afterwards. It is immutable, so jobs on
     * several threads may cross-validate on it at once.
     *
     * @throws UncheckedIOException if the bundled file cannot be read
     * @throws IllegalStateException if the bundled file is missing or malformed
     */
    static Dataset<Regressor> dataset() {
        return Holder.DATASET;
    }

    private static Dataset<Regressor> load() {
        InputStream stream = DiabetesData.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("resource " + RESOURCE + " not found beside "
                    + DiabetesData.class.getName() + "; the examples jar is incomplete");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + RESOURCE, e);
        }
    }

    /**
     * Parses a comma-separated file with one header row and numeric cells into an immutable
     * regression dataset whose output is the {@value #TARGET} column and whose features are the
     * other columns.
     *
     * @throws IllegalStateException if the target column is missing, a row has the wrong number of
     *     cells, or a cell is not a number
     */
    static Dataset<Regressor> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalStateException(RESOURCE + " is empty");
        }
        String[] columns = header.split(",", -1);
        int target = Arrays.asList(columns).indexOf(TARGET);
        if (target < 0) {
            throw new IllegalStateException(RESOURCE + " has no column " + TARGET + ": " + header);
        }
        String[] featureNames = new String[columns.length - 1];
        for (int column = 0, feature = 0; column < columns.length; column++) {
            if (column != target) {
                featureNames[feature++] = columns[column];
            }
        }

        List<Example<Regressor>> examples = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                examples.add(parseRow(line, lineNumber, columns.length, target, featureNames));
            }
        }

        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> dataset = new MutableDataset<>(examples,
                new SimpleDataSourceProvenance(RESOURCE, factory), factory);
        return ImmutableDataset.copyDataset(dataset);
    }

    private static Example<Regressor> parseRow(String line, int lineNumber, int columnCount, int target,
            String[] featureNames) {
        String[] cells = line.split(",", -1);
        if (cells.length != columnCount) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + " must have " + columnCount
                    + " cells: " + line);
        }
        double[] features = new double[columnCount - 1];
        double output = 0;
        for (int column = 0, feature = 0; column < columnCount; column++) {
            double value;
            try {
                value = Double.parseDouble(cells[column].trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + " has a cell that is not a number: '"
                        + cells[column] + "'", e);
            }
            if (column == target) {
                output = value;
            } else {
                features[feature++] = value;
            }
        }
        return new ArrayExample<>(new Regressor(TARGET, output), featureNames, features);
    }

    /** Initialization-on-demand holder: the JVM reads the file once, on the first call. */
    private static final class Holder {
        static final Dataset<Regressor> DATASET = load();
    }
}
