package org.uptake.gui.outreach;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.uptake.model.Message;

/** A message as its recipient sees it: an email with its header, an in-app card, a CSM task, a tooltip. */
final class Preview extends VBox {

    Preview() {
        super(6);
        setPadding(new Insets(12));
        getStyleClass().add("message-preview");
        setId("messagePreview");
    }

    /** Shows {@code m} as sent to {@code recipient} (how the queue names them), with the text being edited. */
    void show(Message m, String recipient, String subject, String body) {
        getChildren().clear();
        if (m == null) {
            getChildren().add(new Label("Choose a message to see it as its recipient will."));
            return;
        }
        Label kind = new Label(switch (m.channel()) {
            case EMAIL -> "Email to " + recipient;
            case IN_APP -> "In-app message for " + recipient;
            case CSM_TASK -> "Task for the account's CSM";
            default -> m.channel().label() + " for " + m.audience();
        });
        kind.getStyleClass().add("muted");
        Label title = new Label(subject == null ? "" : subject);
        title.getStyleClass().add(m.channel() == org.uptake.model.Channel.EMAIL ? "preview-subject" : "preview-title");
        title.setWrapText(true);
        // Shown as plain text: whatever the draft holds is never interpreted as markup.
        Label text = new Label(body == null ? "" : body);
        text.setWrapText(true);
        text.getStyleClass().add("preview-body");
        getStyleClass().removeAll("preview-in-app", "preview-email", "preview-task");
        getStyleClass().add(switch (m.channel()) {
            case EMAIL -> "preview-email";
            case CSM_TASK -> "preview-task";
            default -> "preview-in-app";
        });
        getChildren().setAll(kind, title, text);
    }
}
