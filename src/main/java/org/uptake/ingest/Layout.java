package org.uptake.ingest;

/** How records are laid out in a file's text. */
public enum Layout {
    DELIMITED,
    JSON_LINES,
    JSON_ARRAY,
    /** Segment's batch object: {"batch": [calls…]}, one or more per file. */
    JSON_BATCH,
    MARKDOWN
}
