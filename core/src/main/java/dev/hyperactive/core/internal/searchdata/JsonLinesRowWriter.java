package dev.hyperactive.core.internal.searchdata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes search data as JSON Lines: one JSON object per row, keyed by column name. NaN and infinite
 * doubles are written as the strings {@code NaN}, {@code Infinity} and {@code -Infinity}.
 */
final class JsonLinesRowWriter implements RowWriter {

    private final List<String> columns;
    private final JsonGenerator generator;

    JsonLinesRowWriter(Writer out, List<String> columns) throws IOException {
        this.columns = columns;
        this.generator = JacksonSetup.JSON_FACTORY.createGenerator(out);
        generator.setRootValueSeparator(null);
    }

    @Override
    public void writeHeader() {
        // Every line names its columns.
    }

    @Override
    public void writeRow(Object[] cells) throws IOException {
        generator.writeStartObject();
        for (int c = 0; c < cells.length; c++) {
            generator.writeFieldName(columns.get(c));
            writeValue(cells[c]);
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    private void writeValue(Object cell) throws IOException {
        if (cell == null) {
            generator.writeNull();
        } else if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            if (Double.isFinite(value)) {
                generator.writeNumber(value);
            } else {
                generator.writeString(Double.toString(value));
            }
        } else if (cell instanceof BigDecimal) {
            generator.writeNumber((BigDecimal) cell);
        } else if (cell instanceof BigInteger) {
            generator.writeNumber((BigInteger) cell);
        } else if (cell instanceof Number) {
            generator.writeNumber(((Number) cell).longValue());
        } else if (cell instanceof Boolean) {
            generator.writeBoolean((Boolean) cell);
        } else {
            generator.writeString((String) cell);
        }
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
