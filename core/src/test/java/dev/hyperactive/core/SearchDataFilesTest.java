package dev.hyperactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.SearchData;
import dev.hyperactive.api.SearchSpace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchDataFilesTest {

    private static final DoubleUnaryOperator RELU = x -> Math.max(0, x);
    private static final DoubleUnaryOperator TANH = Math::tanh;

    @TempDir
    Path directory;

    /** Columns of every kind a file keeps, with awkward values. */
    private static SearchData mixedData() {
        List<String> columns = List.of("n", "x", "kind", "flag", "big", "score", "note", "job", "iteration");
        List<Object[]> values = List.of(
                new Object[] {1, -20, 300, 4},
                new Object[] {0.1, 1.0, -2.5e-12, 0.30000000000000004},
                new Object[] {"plain", "", "a,b \"quoted\"\nnext line", "12"},
                new Object[] {true, false, null, true},
                new Object[] {5_000_000_000L, -1L, 0L, 7L},
                new Object[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.4567},
                new Object[] {null, null, null, null},
                new Object[] {0, 0, 1, 1},
                new Object[] {0, 1, 0, 1});
        return SearchData.ofColumns(columns, values);
    }

    private static SearchSpace space() {
        Map<String, DoubleUnaryOperator> activations = new LinkedHashMap<>();
        activations.put("relu", RELU);
        activations.put("tanh", TANH);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("small", 10);
        sizes.put("large", 1000);
        return SearchSpace.builder()
                .integers("trees", 10, 100, 10)
                .doubles("fraction", 0.1, 1.0, 0.1)
                .longs("seed", 0, 1_000_000_000_000L, 1000)
                .logDoubles("rate", 1e-4, 1e-1, 4)
                .categorical("activation", activations)
                .categorical("size", sizes)
                .categorical("kernel", "linear", "rbf", "42")
                .categorical("scale", Thread.State.NEW, Thread.State.RUNNABLE)
                .build();
    }

    /** Builds a run's search data over {@link #space()}, with every value taken from the space. */
    private static SearchData spaceData(SearchSpace space) {
        int[][] positions = {
            {0, 0, 0, 0, 0, 0, 0, 0},
            {9, 2, 123_456, 3, 1, 1, 2, 1},
            {4, 9, 1_000_000_000, 1, 0, 0, 1, 0},
        };
        List<String> columns = new ArrayList<>(space.names());
        columns.addAll(List.of("score", "depth", "job", "iteration"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < positions.length; r++) {
            Map<String, Object> row = new LinkedHashMap<>(space.values(positions[r]));
            row.put("score", r == 1 ? Double.NaN : -r * 0.25);
            row.put("depth", r == 0 ? null : r + 2);
            row.put("job", 0);
            row.put("iteration", r);
            rows.add(row);
        }
        return SearchData.ofRows(columns, rows);
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.csv", "data.jsonl"})
    void roundTripKeepsValuesAndTypes(String name) throws IOException {
        Path file = directory.resolve(name);
        SearchData data = mixedData();

        SearchDataFiles.write(data, file);
        SearchData read = SearchDataFiles.read(file);

        assertEquals(data.columns(), read.columns());
        for (int r = 0; r < data.size(); r++) {
            for (String column : data.columns()) {
                Object expected = data.get(r, column);
                Object actual = read.get(r, column);
                assertEquals(expected, actual, column + " row " + r);
                if (expected != null) {
                    assertSame(expected.getClass(), actual.getClass(), column + " row " + r);
                }
            }
        }
        assertEquals(data, read);
    }

    @Test
    void csvNullAndEmptyString() throws IOException {
        Path file = directory.resolve("data.csv");
        SearchData data = SearchData.ofColumns(List.of("a", "b"), List.of(new Object[] {null}, new Object[] {""}));

        SearchDataFiles.write(data, file);

        assertEquals("a,b\n,\"\"\n", Files.readString(file));
    }

    @Test
    void csvWritesNonFiniteAsNames() throws IOException {
        Path file = directory.resolve("data.csv");
        SearchData data = SearchData.ofColumns(List.of("score"),
                List.<Object[]>of(new Object[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));

        SearchDataFiles.write(data, file);

        assertEquals("score\nNaN\nInfinity\n-Infinity\n", Files.readString(file));
    }

    @Test
    void jsonLinesWritesNonFiniteAsStrings() throws IOException {
        Path file = directory.resolve("data.jsonl");
        SearchData data = SearchData.ofColumns(List.of("score", "n"),
                List.of(new Object[] {Double.NaN, Double.NEGATIVE_INFINITY, 0.5}, new Object[] {1, 2, null}));

        SearchDataFiles.write(data, file);

        assertEquals("{\"score\":\"NaN\",\"n\":1}\n{\"score\":\"-Infinity\",\"n\":2}\n{\"score\":0.5,\"n\":null}\n",
                Files.readString(file));
    }

    @Test
    void jsonLinesReadsBareNonFiniteNumbers() throws IOException {
        Path file = write("data.jsonl", "{\"score\": NaN}\n{\"score\": -Infinity}\n{\"score\": 2}\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(Arrays.asList(Double.NaN, Double.NEGATIVE_INFINITY, 2), read.column("score"));
    }

    @Test
    void jsonLinesKeepsLabelNamedNaN() throws IOException {
        Path file = write("data.jsonl", "{\"kind\": \"NaN\"}\n{\"kind\": \"rbf\"}\n");

        assertEquals(List.of("NaN", "rbf"), SearchDataFiles.read(file).column("kind"));
    }

    @Test
    void jsonLinesMissingKeyIsNull() throws IOException {
        Path file = write("data.jsonl", "{\"a\": 1}\n\n{\"a\": 2, \"b\": \"x\"}\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(List.of("a", "b"), read.columns());
        assertEquals(Arrays.asList(null, "x"), read.column("b"));
    }

    @Test
    void csvIntegerColumnWithDecimalPointIsDouble() throws IOException {
        Path file = write("data.csv", "a,b,c\n1,1.0,1\n2,2.0,2.5\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(List.of(1, 2), read.column("a"));
        assertEquals(List.of(1.0, 2.0), read.column("b"));
        assertEquals(List.of(1.0, 2.5), read.column("c"));
    }

    @Test
    void csvLargeIntegersAreLongs() throws IOException {
        Path file = write("data.csv", "a,b\n1,99999999999999999999\n3000000000,2\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(List.of(1L, 3_000_000_000L), read.column("a"));
        assertEquals(List.of(1e20, 2.0), read.column("b"));
    }

    @Test
    void csvReadsPythonSpellings() throws IOException {
        Path file = write("data.csv", "score,flag\nnan,True\ninf,False\n-inf,true\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                read.column("score"));
        assertEquals(List.of(true, false, true), read.column("flag"));
    }

    @Test
    void csvTextLikeNumberSuffixStaysText() throws IOException {
        Path file = write("data.csv", "a\n1d\n2\n");

        assertEquals(List.of("1d", "2"), SearchDataFiles.read(file).column("a"));
    }

    @Test
    void headerOnlyCsvHasColumnsAndNoRows() throws IOException {
        Path file = write("data.csv", "x,score,job\n");

        SearchData read = SearchDataFiles.read(file);

        assertEquals(List.of("x", "score", "job"), read.columns());
        assertEquals(0, read.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.csv", "empty.jsonl"})
    void emptyFileHasNoColumns(String name) throws IOException {
        SearchData read = SearchDataFiles.read(write(name, ""));

        assertEquals(List.of(), read.columns());
        assertEquals(0, read.size());
    }

    @Test
    void emptyDataWritesHeaderOnly() throws IOException {
        Path file = directory.resolve("data.csv");

        SearchDataFiles.write(SearchData.empty(List.of("x", "score")), file);

        assertEquals("x,score\n", Files.readString(file));
        assertEquals(List.of("x", "score"), SearchDataFiles.read(file).columns());
    }

    @Test
    void upperCaseExtensionAccepted() throws IOException {
        Path file = directory.resolve("DATA.CSV");

        SearchDataFiles.write(mixedData(), file);

        assertEquals(mixedData(), SearchDataFiles.read(file));
    }

    @Test
    void unknownExtensionRejected() {
        Path file = directory.resolve("data.txt");

        IllegalArgumentException write = assertThrows(IllegalArgumentException.class,
                () -> SearchDataFiles.write(mixedData(), file));
        IllegalArgumentException read = assertThrows(IllegalArgumentException.class,
                () -> SearchDataFiles.read(file));

        String expected = "unknown search-data format of file " + file + ": the name must end in .csv or .jsonl";
        assertEquals(expected, write.getMessage());
        assertEquals(expected, read.getMessage());
    }

    @Test
    void missingFileRaisesNoSuchFile() {
        Path file = directory.resolve("missing.csv");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SearchDataFiles.read(file));
        assertEquals(file.toString(), e.getFile());
    }

    @Test
    void csvRowOfWrongLengthNamesLine() throws IOException {
        Path file = write("data.csv", "x,score\n1,2.0\n3\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 3: expected 2 cells as in the header, found 1",
                e.getMessage());
    }

    @Test
    void csvRowAfterMultiLineCellNamesLine() throws IOException {
        Path file = write("data.csv", "x,note\n1,\"two\nlines\"\n2,b,extra\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertTrue(e.getMessage().startsWith("invalid search-data file " + file + " at line 4: "), e.getMessage());
    }

    @Test
    void csvUnclosedQuoteNamesFileAndLine() throws IOException {
        Path file = write("data.csv", "x,note\n1,ok\n2,\"open\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertTrue(e.getMessage().startsWith("invalid search-data file " + file + " at line "), e.getMessage());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void csvDuplicateHeaderRejected() throws IOException {
        Path file = write("data.csv", "x,x\n1,2\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 1: duplicate column 'x'", e.getMessage());
    }

    @Test
    void csvEmptyHeaderNameRejected() throws IOException {
        Path file = write("data.csv", "x,,y\n1,2,3\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 1: column 2 of the header has no name",
                e.getMessage());
    }

    @Test
    void jsonLinesBadLineNamesLine() throws IOException {
        Path file = write("data.jsonl", "{\"x\": 1}\n{\"x\": 2\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertTrue(e.getMessage().startsWith("invalid search-data file " + file + " at line 2: "), e.getMessage());
    }

    @Test
    void jsonLinesNonObjectRejected() throws IOException {
        Path file = write("data.jsonl", "{\"x\": 1}\n[1, 2]\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 2: expected a JSON object", e.getMessage());
    }

    @Test
    void jsonLinesTwoObjectsOnLineRejected() throws IOException {
        Path file = write("data.jsonl", "{\"x\": 1} {\"x\": 2}\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 1: expected one JSON object per line",
                e.getMessage());
    }

    @Test
    void jsonLinesNestedValueRejected() throws IOException {
        Path file = write("data.jsonl", "{\"x\": 1}\n{\"x\": 2}\n{\"x\": [1]}\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("invalid search-data file " + file + " at line 3: column 'x' holds a nested value; "
                + "search data holds numbers, strings, booleans and nulls", e.getMessage());
    }

    @Test
    void jsonLinesDuplicateKeyRejected() throws IOException {
        Path file = write("data.jsonl", "{\"x\": 1, \"x\": 2}\n");

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertTrue(e.getMessage().startsWith("invalid search-data file " + file + " at line 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void invalidUtf8Rejected() throws IOException {
        Path file = directory.resolve("data.csv");
        Files.write(file, new byte[] {'x', '\n', (byte) 0xC3, (byte) 0x28, '\n'});

        IOException e = assertThrows(IOException.class, () -> SearchDataFiles.read(file));
        assertEquals("search-data file " + file + " is not valid UTF-8", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.csv", "data.jsonl"})
    void objectsWithoutSpaceWrittenByDefaultLabel(String name) throws IOException {
        Path file = directory.resolve(name);
        Object custom = new Object() {
            @Override
            public String toString() {
                return "custom model";
            }
        };
        SearchData data = SearchData.ofColumns(List.of("v"),
                List.<Object[]>of(new Object[] {Thread.State.BLOCKED, String.class, new int[] {1, 2}, custom}));

        SearchDataFiles.write(data, file);

        assertEquals(List.of("BLOCKED", "String", "[1, 2]", "custom model"), SearchDataFiles.read(file).column("v"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.csv", "data.jsonl"})
    void spaceRoundTripRestoresValues(String name) throws IOException {
        Path file = directory.resolve(name);
        SearchSpace space = space();
        SearchData data = spaceData(space);

        SearchDataFiles.write(data, space, file);
        SearchData read = SearchDataFiles.read(file, space);

        assertEquals(data.columns(), read.columns());
        for (int r = 0; r < data.size(); r++) {
            for (String column : data.columns()) {
                Object expected = data.get(r, column);
                Object actual = read.get(r, column);
                assertEquals(expected, actual, column + " row " + r);
                if (expected != null) {
                    assertSame(expected.getClass(), actual.getClass(), column + " row " + r);
                }
            }
        }
        assertSame(TANH, read.get(1, "activation"));
        assertSame(RELU, read.get(2, "activation"));
    }

    @Test
    void categoricalColumnsWrittenByLabel() throws IOException {
        Path file = directory.resolve("data.csv");
        SearchSpace space = space();

        SearchDataFiles.write(spaceData(space), space, file);

        List<String> lines = Files.readAllLines(file);
        assertEquals("trees,fraction,seed,rate,activation,size,kernel,scale,score,depth,job,iteration", lines.get(0));
        assertEquals("10,0.1,0,1.0E-4,relu,small,linear,NEW,0.0,,0,0", lines.get(1));
        assertEquals("100,0.3,123456000,0.1,tanh,large,42,RUNNABLE,NaN,3,0,1", lines.get(2));
    }

    @Test
    void labelsReadAsTextWithoutSpace() throws IOException {
        Path file = directory.resolve("data.csv");
        SearchSpace space = space();
        SearchDataFiles.write(spaceData(space), space, file);

        SearchData plain = SearchDataFiles.read(file);

        assertEquals(List.of("linear", "42", "rbf"), SearchDataFiles.read(file, space).column("kernel"));
        assertEquals(List.of("linear", "42", "rbf"), plain.column("kernel"));
        assertEquals(List.of("small", "large", "small"), plain.column("size"));
        assertEquals(List.of(10, 1000, 10), SearchDataFiles.read(file, space).column("size"));
    }

    @Test
    void numericCellsTakeDimensionType() throws IOException {
        SearchSpace space = SearchSpace.builder()
                .integers("i", 0, 10, 1)
                .longs("l", 0, 10, 1)
                .doubles("d", 0, 10, 1)
                .build();
        Path file = write("data.jsonl", "{\"i\": 3.0, \"l\": 4, \"d\": 5}\n"
                + "{\"i\": \"6\", \"l\": 7.0, \"d\": \"8.0\"}\n");

        SearchData read = SearchDataFiles.read(file, space);

        assertEquals(List.of(3, 6), read.column("i"));
        assertEquals(List.of(4L, 7L), read.column("l"));
        assertEquals(List.of(5.0, 8.0), read.column("d"));
    }

    @Test
    void valuesOutsideSpaceStayAsRead() throws IOException {
        SearchSpace space = SearchSpace.builder()
                .integers("i", 0, 10, 2)
                .doubles("d", 0, 1, 0.5)
                .categorical("k", "a", "b")
                .build();
        Path file = write("data.csv", "i,d,k,score\n3,0.25,c,1.0\n40,7,a,2.0\n,,,3.0\n");

        SearchData read = SearchDataFiles.read(file, space);

        assertEquals(Arrays.asList(3, 40, null), read.column("i"));
        assertEquals(Arrays.asList(0.25, 7.0, null), read.column("d"));
        assertEquals(Arrays.asList("c", "a", null), read.column("k"));
        assertEquals(List.of(1.0, 2.0, 3.0), read.column("score"));
    }

    @Test
    void missingParameterColumnRejected() throws IOException {
        SearchSpace space = SearchSpace.builder().integers("i", 0, 10, 1).integers("j", 0, 10, 1).build();
        Path file = write("data.csv", "i,score\n1,2.0\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchDataFiles.read(file, space));
        assertEquals("search-data file " + file + " has no column for parameter 'j'; its columns are [i, score]",
                e.getMessage());
    }

    @Test
    void extraColumnsIgnoredBySpace() throws IOException {
        SearchSpace space = SearchSpace.builder().integers("i", 0, 10, 1).build();
        Path file = write("data.csv", "i,score,other\n1,2.0,x\n");

        SearchData read = SearchDataFiles.read(file, space);

        assertEquals(List.of("x"), read.column("other"));
        assertInstanceOf(Integer.class, read.get(0, "i"));
    }

    @Test
    void writeOverwritesExistingFile() throws IOException {
        Path file = write("data.csv", "old,content\n1,2\n3,4\n");

        SearchDataFiles.write(SearchData.empty(List.of("x")), file);

        assertEquals("x\n", Files.readString(file));
    }
}
