package org.uptake.ingest;

/** How records are laid out in a file's text. */
public enum Layout {
    DELIMITED,
    JSON_LINES,
    JSON_ARRAY,
    MARKDOWN
}
