package org.uptake.watch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One refresh: the inbox files taken, whether the rules ran and on which data day, the alerts raised
 * now, the alerts still open, and the digest files written.
 *
 * @param asOf null when the rules did not run (nothing new, or no events yet)
 * @param mailed where the digest was mailed, or why it was not ("not mailed: …"); null when no address is set
 */
public record WatchRun(List<InboxFile> files, LocalDate asOf, List<Alert> raised, long open, List<Path> digests, String mailed) {

    public WatchRun(List<InboxFile> files, LocalDate asOf, List<Alert> raised, long open, List<Path> digests) {
        this(files, asOf, raised, open, digests, null);
    }

    public WatchRun {
        files = List.copyOf(files);
        raised = List.copyOf(raised);
        digests = List.copyOf(digests);
    }

    public boolean evaluated() {
        return asOf != null;
    }
}
