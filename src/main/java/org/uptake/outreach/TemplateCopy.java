package org.uptake.outreach;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Channel;

/** Offline copy from {@code templates.properties}: the default, needs nothing but the workspace. */
final class TemplateCopy implements CopyGenerator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final Properties templates = new Properties();

    TemplateCopy() {
        try (InputStream in = TemplateCopy.class.getResourceAsStream("templates.properties")) {
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The copy templates are missing from this build", e);
        }
    }

    @Override
    public String name() {
        return "templates";
    }

    @Override
    public Draft write(Audience audience, Channel channel, Map<String, String> facts) {
        String prefix = channel == Channel.CSM_TASK ? "CSM_TASK" : audience.name() + "." + channel.name();
        return new Draft(fill(templates.getProperty(prefix + ".subject", "{feature}"), facts).strip(),
                fill(templates.getProperty(prefix + ".body", "{howTo}"), facts).strip());
    }

    /** Fills each line; a line naming a fact the person does not have is dropped, and a greeting falls back to "Hi there". */
    static String fill(String template, Map<String, String> facts) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            String filled = line;
            if (line.startsWith("Hi {firstName}") && !facts.containsKey("firstName")) {
                filled = line.replace("{firstName}", "there");
            }
            Matcher m = PLACEHOLDER.matcher(filled);
            StringBuilder result = new StringBuilder();
            boolean missing = false;
            while (m.find()) {
                String value = facts.get(m.group(1));
                if (value == null) {
                    missing = true;
                    break;
                }
                m.appendReplacement(result, Matcher.quoteReplacement(value));
            }
            if (missing) {
                continue;
            }
            m.appendTail(result);
            out.append(result.toString().replace("..", ".")).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }
}
