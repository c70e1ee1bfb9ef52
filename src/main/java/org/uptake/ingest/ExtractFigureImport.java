package org.uptake.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import org.uptake.model.ExtractFigure;
import org.uptake.model.ExtractSource;
import org.uptake.workspace.ExtractStore;
import org.uptake.workspace.Transaction;

/** Imports an extract's exact figures (figures.csv.gz) and its source, read from the manifest beside it. */
final class ExtractFigureImport {

    long records;
    long imported;

    void run(Transaction tx, long batchId, Path figuresFile) throws IOException {
        ExtractManifest m = ExtractManifest.read(figuresFile.resolveSibling(ExtractManifest.FILE_NAME));
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(-1);
        ExtractManifest.PeopleSample s = m.peopleSample();
        ExtractSource source = new ExtractSource(batchId, m.formatVersion(), m.cluster(), m.createdAt(), day(m.firstDay()),
                day(m.lastDay()), m.events(), s.people(), s.sampled(), s.spec(), s.seed());
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(figuresFile)), StandardCharsets.UTF_8)) {
            // Rows are stored as they are parsed: a large extract's figures (one first-use row per adopter) do not fit in memory.
            Iterator<String[]> rows = new CsvParser(settings).iterate(in).iterator();
            Iterable<ExtractFigure> figures = () -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public ExtractFigure next() {
                    String[] row = rows.next();
                    records++;
                    if (row.length < 5) {
                        throw new ImportProblem(figuresFile.getFileName() + ": line " + (records + 1) + " has " + row.length
                                + " columns, not feature, figure, dimension, item, amount");
                    }
                    return new ExtractFigure(row[0], row[1], row[2], row[3], Double.parseDouble(row[4]));
                }
            };
            imported = ExtractStore.save(tx, source, figures);
        }
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
