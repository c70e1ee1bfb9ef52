package org.uptake.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jfree.chart.JFreeChart;
import org.uptake.workspace.ExportFile;

/**
 * Lays out a report on A4 pages with PDFBox: a title page, headings, wrapped paragraphs, charts
 * (drawn at twice their size so they stay crisp), and tables that break across pages with their
 * header repeated; page numbers are added at the end. The font (Liberation Sans, shipped inside
 * PDFBox) is embedded, so the PDF looks the same on every machine.
 */
public final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 64;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    private final String footer;

    public PdfLayout(String title, String footer) {
        this.footer = footer;
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font is missing from this build", e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Uptake");
    }

    public void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A title page: the title, a subtitle, lines of detail, and a short paragraph. */
    public void titlePage(String title, String subtitle, List<String> details, String note) {
        newPage();
        y = PDRectangle.A4.getHeight() * 0.62f;
        text(title, 30, true, MARGIN, ReportColors.INK);
        y -= 40;
        for (String line : wrap(subtitle, 15, WIDTH)) {
            text(line, 15, false, MARGIN, ReportColors.ACCENT);
            y -= 22;
        }
        y -= 18;
        for (String d : details) {
            text(d, 11, false, MARGIN, ReportColors.MUTED);
            y -= 16;
        }
        if (note != null) {
            y -= 24;
            paragraph(note, 10, ReportColors.MUTED);
        }
        newPage();
    }

    public void heading(String text) {
        need(60);
        y -= 8;
        text(text, 16, true, MARGIN, ReportColors.INK);
        y -= 24;
    }

    public void subheading(String text) {
        need(40);
        text(text, 12, true, MARGIN, ReportColors.INK);
        y -= 18;
    }

    public void paragraph(String text) {
        paragraph(text, 10.5f, ReportColors.INK);
    }

    public void paragraph(String text, float size, java.awt.Color color) {
        for (String line : wrap(text, size, WIDTH)) {
            need(size * 1.5f);
            text(line, size, false, MARGIN, color);
            y -= size * 1.45f;
        }
        y -= size * 0.6f;
    }

    public void bullets(List<String> items) {
        for (String item : items) {
            List<String> lines = wrap(item, 10.5f, WIDTH - 14);
            for (int i = 0; i < lines.size(); i++) {
                need(16);
                if (i == 0) {
                    text("•", 10.5f, false, MARGIN, ReportColors.ACCENT);
                }
                text(lines.get(i), 10.5f, false, MARGIN + 14, ReportColors.INK);
                y -= 15;
            }
            y -= 4;
        }
        y -= 4;
    }

    /** A chart drawn at twice the size it takes on the page, so it prints and zooms crisply. */
    public void chart(JFreeChart chart, float height) {
        need(height + 10);
        BufferedImage image = chart.createBufferedImage((int) (WIDTH * 2), (int) (height * 2), (int) WIDTH, (int) height, null);
        try {
            PDImageXObject pdf = LosslessFactory.createFromImage(document, image);
            out.drawImage(pdf, MARGIN, y - height, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 14;
    }

    /** A table whose rows never split; a row that does not fit starts a new page, which repeats the header. */
    public void table(List<String> header, List<List<String>> rows, float[] widths) {
        float size = 9;
        float[] w = new float[widths.length];
        float total = 0;
        for (float x : widths) {
            total += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = WIDTH * widths[i] / total;
        }
        row(header, w, size, true);
        for (List<String> r : rows) {
            if (!fits(r, w, size)) {
                newPage();
                row(header, w, size, true);
            }
            row(r, w, size, false);
        }
        y -= 10;
    }

    private boolean fits(List<String> cells, float[] w, float size) {
        return y - height(cells, w, size) >= BOTTOM;
    }

    private float height(List<String> cells, float[] w, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i) == null ? "" : cells.get(i), size, w[i] - 6).size());
        }
        return lines * size * 1.35f + 6;
    }

    private void row(List<String> cells, float[] w, float size, boolean header) {
        float h = height(cells, w, size);
        if (y - h < BOTTOM) {
            newPage();
        }
        try {
            out.setNonStrokingColor(header ? ReportColors.HEADER_FILL : java.awt.Color.WHITE);
            out.addRect(MARGIN, y - h, WIDTH, h);
            out.fill();
            out.setStrokingColor(ReportColors.RULE);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y - h);
            out.lineTo(MARGIN + WIDTH, y - h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y - size - 2;
            for (String line : wrap(cells.get(i) == null ? "" : cells.get(i), size, w[i] - 6)) {
                float saved = y;
                y = lineY;
                text(line, size, header, x + 3, ReportColors.INK);
                y = saved;
                lineY -= size * 1.35f;
            }
            x += w[i];
        }
        y -= h;
    }

    private void need(float height) {
        if (out == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void text(String text, float size, boolean bold, float x, java.awt.Color color) {
        try {
            out.beginText();
            out.setNonStrokingColor(color);
            out.setStrokingColor(color);
            out.setFont(font, size);
            // One embedded face: bold is the glyphs filled and outlined.
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(bold ? size / 30f : 1f);
            out.newLineAtOffset(x, y);
            out.showText(printable(text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font cannot draw become '?', rather than failing the whole report. */
    private String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                s.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                s.append('?');
            }
        });
        return s.toString();
    }

    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String s, float size) {
        try {
            return font.getStringWidth(printable(s)) / 1000f * size;
        } catch (IOException e) {
            return s.length() * size * 0.5f;
        }
    }

    /** Adds "page N of M" and the footer to every page but the title page, then saves (whole, or not at all). */
    public void save(ExportFile file) {
        try {
            finishPages();
            file.write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** The same, to a stream the caller makes whole (a digest written through its own export file). */
    public void save(java.io.OutputStream stream) throws IOException {
        finishPages();
        document.save(stream);
    }

    private void finishPages() throws IOException {
        out.close();
        int pages = document.getNumberOfPages();
        for (int i = 1; i < pages; i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "Page " + (i + 1) + " of " + pages;
                s.beginText();
                s.setNonStrokingColor(ReportColors.MUTED);
                s.setFont(font, 8.5f);
                s.newLineAtOffset(MARGIN, 34);
                s.showText(printable(footer));
                s.endText();
                s.beginText();
                s.setFont(font, 8.5f);
                s.newLineAtOffset(MARGIN + WIDTH - width(label, 8.5f), 34);
                s.showText(label);
                s.endText();
            }
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
