package org.uptake.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.uptake.model.Feature;

/** features.json and one Markdown launch brief per feature (kept as resources beside this class). */
final class FeatureFiles {

    static final String FILE = "features.json";

    private FeatureFiles() {
    }

    /** These features' definitions, and the briefs of those that have one. */
    static void write(OutputFiles files, java.util.List<Feature> features) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        try (Writer out = files.plain(FILE)) {
            mapper.writeValue(out, features);
        }
        for (Feature feature : features) {
            if (feature.brief() == null) {
                continue;
            }
            try (InputStream brief = FeatureFiles.class.getResourceAsStream("briefs/" + feature.key() + ".md");
                 Writer out = files.plain(feature.brief())) {
                if (brief == null) {
                    throw new IOException("Missing brief resource for " + feature.key());
                }
                out.write(new String(brief.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
