package org.uptake.ingest;

/**
 * How sure the sniffer is of what a file holds: recognised by the column names exports use,
 * likely (its required columns found only from looser names or from their values: check them), or
 * not recognised (the analyst says what it holds and maps its columns).
 */
public record Recognition(SourceKind kind, Level level) {

    /** The sniffer's confidence, from sure to unsure. */
    public enum Level {
        RECOGNISED,
        LIKELY,
        NOT_RECOGNISED
    }

    /** The wizard's and the CLI's words for a file of this kind at this level, e.g. "probably support tickets: check its columns". */
    public String describe(Dialect dialect) {
        return switch (level) {
            case RECOGNISED -> kind.label() + " · " + dialect.label();
            case LIKELY -> "probably " + kind.label() + ": check its columns";
            case NOT_RECOGNISED -> "Not recognised: map its columns";
        };
    }
}
