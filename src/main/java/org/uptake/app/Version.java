package org.uptake.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, read from a resource Maven filters at build time. */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/uptake/app/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
