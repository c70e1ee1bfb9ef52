package org.uptake.gui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help → About: the version, what Uptake is, and the open-source libraries it is built on with their licences. */
final class AboutDialog {

    private static final String LIBRARIES = String.join("\n",
            "OpenJFX 21 — GPL v2 with Classpath Exception",
            "ControlsFX — BSD 3-Clause",
            "AtlantaFX — MIT",
            "JFreeChart and JFreeChart-FX — LGPL 2.1",
            "H2 Database — MPL 2.0 / EPL 1.0",
            "Flyway — Apache 2.0",
            "Jackson — Apache 2.0",
            "univocity-parsers — Apache 2.0",
            "fastutil — Apache 2.0",
            "Apache PDFBox — Apache 2.0",
            "Apache Commons Math — Apache 2.0",
            "Eclipse Angus Mail — EPL 2.0 / GPL v2 with Classpath Exception",
            "picocli — Apache 2.0",
            "Logback — EPL 1.0 / LGPL 2.1",
            "LangChain4j embeddings (all-MiniLM-L6-v2) and ONNX Runtime — Apache 2.0 / MIT",
            "DejaVu fonts — Bitstream Vera licence");

    private AboutDialog() {
    }

    static void show(Window owner, String version) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Uptake");
        about.setHeaderText("Uptake " + version);
        about.setContentText("A feature-adoption workbench for product and customer-success managers. Everything runs on"
                + " this computer; data leaves it only when you export a file or send approved email.\n\n"
                + "The five-minute tour is in README.md, \"A five-minute tour on the sample\": open the sample workspace"
                + " from the start page and follow it screen by screen.\n\nBuilt on:");
        TextArea libraries = new TextArea(LIBRARIES);
        libraries.setEditable(false);
        libraries.setWrapText(true);
        libraries.setPrefRowCount(10);
        about.getDialogPane().setExpandableContent(libraries);
        about.getDialogPane().setExpanded(true);
        about.getDialogPane().setPrefWidth(560);
        about.initOwner(owner);
        about.show();
    }
}
