package dev.hyperactive.core.internal.searchdata;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes search data as CSV: a header of column names, then one line per row. */
final class CsvRowWriter implements RowWriter {

    private final List<String> columns;
    private final CsvGenerator generator;

    CsvRowWriter(Writer out, List<String> columns) throws IOException {
        this.columns = columns;
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : columns) {
            schema.addColumn(column);
        }
        this.generator = (CsvGenerator) JacksonSetup.CSV_MAPPER.createGenerator(out);
        generator.setSchema(schema.build());
    }

    @Override
    public void writeHeader() throws IOException {
        writeRow(columns.toArray());
    }

    @Override
    public void writeRow(Object[] cells) throws IOException {
        generator.writeStartArray();
        for (Object cell : cells) {
            if (cell == null) {
                generator.writeNull();
            } else if (cell instanceof Number) {
                generator.writeNumber(numberText((Number) cell));
            } else if (cell instanceof Boolean) {
                generator.writeBoolean((Boolean) cell);
            } else {
                generator.writeString((String) cell);
            }
        }
        generator.writeEndArray();
    }

    private static String numberText(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Double.toString(number.doubleValue());
        }
        return number.toString();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
