package org.uptake.watch;

import java.io.IOException;
import java.io.OutputStream;

/** One way to write a digest to a file (Markdown and HTML here, PDF in {@code report}). */
public interface DigestFormat {

    /** The file extension, without the dot; also the name in the {@code digestFormats} setting. */
    String extension();

    void write(Digest digest, OutputStream out) throws IOException;
}
