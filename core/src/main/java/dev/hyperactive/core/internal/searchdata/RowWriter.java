package dev.hyperactive.core.internal.searchdata;

import java.io.Closeable;
import java.io.IOException;

/** Writes the header and rows of one file. Kept apart from opening so rows could be appended. */
interface RowWriter extends Closeable {

    void writeHeader() throws IOException;

    /** Writes one row of cells, each null, a Number, a Boolean or a String. */
    void writeRow(Object[] cells) throws IOException;
}
