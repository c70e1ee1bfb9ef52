package org.uptake.sample;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;

/** A CSV file written row by row with Jackson's CSV quoting; raw lines can be slipped in for malformed rows. */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Writer out;
    private final SequenceWriter rows;
    private long count;

    CsvRows(Writer out, String... header) throws IOException {
        this.out = out;
        this.rows = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out);
        rows.write(header);
    }

    void row(String... values) throws IOException {
        rows.write(values);
        count++;
    }

    /** Writes a line exactly as given, for the malformed rows real exports contain. */
    void raw(String line) throws IOException {
        rows.flush();
        out.write(line);
        out.write('\n');
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
