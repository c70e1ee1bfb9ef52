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
import java.util.ArrayList;
import java.util.List;
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
        List<ExtractFigure> figures = new ArrayList<>();
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(-1);
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(figuresFile)), StandardCharsets.UTF_8)) {
            for (String[] row : new CsvParser(settings).iterate(in)) {
                records++;
                if (row.length < 5) {
                    throw new ImportProblem(figuresFile.getFileName() + ": line " + (records + 1) + " has " + row.length
                            + " columns, not feature, figure, dimension, item, amount");
                }
                figures.add(new ExtractFigure(row[0], row[1], row[2], row[3], Double.parseDouble(row[4])));
            }
        }
        ExtractManifest.PeopleSample s = m.peopleSample();
        ExtractStore.save(tx, new ExtractSource(batchId, m.formatVersion(), m.cluster(), m.createdAt(), day(m.firstDay()),
                day(m.lastDay()), m.events(), s.people(), s.sampled(), s.spec(), s.seed()), figures);
        imported = figures.size();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
