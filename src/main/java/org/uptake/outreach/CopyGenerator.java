package org.uptake.outreach;

import java.util.Map;
import org.uptake.model.Channel;

/** Writes a draft for one person from the facts; whatever it writes still passes {@link DraftChecks}. */
public interface CopyGenerator {

    /** What the analyst sees as the source of a draft ("templates", "llama3.1 at http://…"). */
    String name();

    Draft write(Audience audience, Channel channel, Map<String, String> facts);
}
