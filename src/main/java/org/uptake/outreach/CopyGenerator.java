package org.uptake.outreach;

import java.util.Map;
import org.uptake.model.Channel;

/** Writes a draft for one person from the facts; whatever it writes still passes {@link DraftChecks}. */
public interface CopyGenerator {

    /** What the analyst sees as the source of a draft ("templates", "llama3.1 at http://…"). */
    String name();

    Draft write(Audience audience, Channel channel, Map<String, String> facts);

    /** The generator the settings ask for: templates, or the model at {@code outreach.llm.url} when one is set. */
    static CopyGenerator fromSettings(OutreachSettings s) {
        return s.llmUrl().isBlank() ? new TemplateCopy() : new LlmCopy(s.llmUrl(), s.llmModel(), s.llmApiKey());
    }
}
