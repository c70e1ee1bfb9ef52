package org.uptake.gui.outreach;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.EditChecks;

/**
 * The review queue: messages grouped by audience and channel on the left; on the right the chosen
 * one as its recipient sees it, its text to edit, the checks it fails, why it exists, and its audit
 * trail; Approve, Reject (with a reason) and Approve selected (after a confirmation).
 */
public final class ReviewPane extends SplitPane {

    public static final String TREE_ID = "reviewTree";
    public static final String SUBJECT_ID = "draftSubject";
    public static final String BODY_ID = "draftBody";
    public static final String APPROVE_ID = "approveDraft";
    public static final String SAVE_ID = "saveDraft";
    public static final String CHECKS_ID = "draftChecks";
    public static final String REJECT_ID = "rejectDraft";
    public static final String NOTICE_ID = "reviewNotice";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ReviewModel model;
    private final TreeView<Object> tree = new TreeView<>();
    private final Preview preview = new Preview();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Label checks = new Label();
    private final Label why = new Label();
    private final Label notice = new Label();
    private final ListView<String> audit = new ListView<>();
    private final Button save = new Button("Save edit");
    private final Button approve = new Button("Approve");
    private final Button reject = new Button("Reject…");
    private Message shown;
    /** The shown message's checks, once read; until then its stored problems stand. */
    private EditChecks editChecks;

    public ReviewPane(ReviewModel model) {
        this.model = model;
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("fails-checks");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Message m) {
                    setText((m.userId() == null ? m.audience() : model.who(m)) + " — " + m.subject()
                            + (m.passesChecks() ? "" : "  ⚠ " + m.problems().size() + " check" + (m.problems().size() == 1 ? "" : "s")));
                    if (!m.passesChecks()) {
                        getStyleClass().add("fails-checks");
                    }
                } else {
                    setText(item.toString());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof Message m) {
                show(m);
            }
        });
        model.loadsProperty().addListener((obs, old, now) -> rebuild());

        ComboBox<MessageStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(MessageStatus.values());
        javafx.util.StringConverter<MessageStatus> words = new javafx.util.StringConverter<>() {
            @Override
            public String toString(MessageStatus s) {
                return s == null ? "all" : s.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public MessageStatus fromString(String text) {
                return null;
            }
        };
        status.setConverter(words);
        status.setButtonCell(new javafx.scene.control.cell.ComboBoxListCell<>(words) {
            @Override
            public void updateItem(MessageStatus item, boolean empty) {
                super.updateItem(item, false);
                setText(words.toString(item));
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("queueStatus");
        Button approveSelected = new Button("Approve selected…");
        approveSelected.setId("approveSelected");
        approveSelected.setOnAction(e -> approveSelected());
        Label selectHint = new Label("Ctrl-click or Shift-click to select several; select a group for all of it.");
        selectHint.getStyleClass().add(Styles.MUTED);
        selectHint.setWrapText(true);
        HBox filters = new HBox(8, new Label("Show"), status, approveSelected);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox left = new VBox(8, filters, selectHint, tree);
        left.setPadding(new Insets(8));

        subject.setId(SUBJECT_ID);
        body.setId(BODY_ID);
        body.setWrapText(true);
        body.setPrefRowCount(7);
        checks.setId(CHECKS_ID);
        checks.getStyleClass().add("error-text");
        checks.setWrapText(true);
        why.getStyleClass().add(Styles.MUTED);
        why.setWrapText(true);
        save.setId(SAVE_ID);
        approve.setId(APPROVE_ID);
        reject.setId(REJECT_ID);
        notice.setId(NOTICE_ID);
        notice.setWrapText(true);
        save.setOnAction(e -> model.edit(shown.id(), subject.getText(), body.getText(), this::show));
        approve.setOnAction(e -> model.approve(shown.id(), this::show));
        reject.setOnAction(e -> rejectShown());
        subject.textProperty().addListener((obs, o, n) -> textChanged());
        body.textProperty().addListener((obs, o, n) -> textChanged());
        audit.setPrefHeight(110);
        Label auditTitle = new Label("Audit trail");
        auditTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label previewTitle = new Label("As the recipient sees it");
        previewTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label editTitle = new Label("Text");
        editTitle.getStyleClass().add(Styles.SECTION_TITLE);
        HBox buttons = new HBox(8, save, approve, reject);
        VBox right = new VBox(8, previewTitle, preview, why, buttons, notice, checks, editTitle, subject, body, auditTitle, audit);
        right.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(right);
        scroll.setFitToWidth(true);
        getItems().setAll(left, scroll);
        setDividerPositions(0.42);
        show(null);
    }

    /** Groups the messages by audience and channel, keeping the chosen message chosen. */
    private void rebuild() {
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        TreeItem<Object> root = new TreeItem<>("queue");
        TreeItem<Object> reselect = null;
        List<Message> ordered = new java.util.ArrayList<>(model.messages());
        ordered.sort(java.util.Comparator.comparingInt((Message m) -> audienceOrder(m.audience())).thenComparing(Message::channel)
                .thenComparingLong(Message::id));
        for (Message m : ordered) {
            String key = m.audience().toLowerCase(Locale.ROOT).replace('_', ' ') + " · " + m.channel().label();
            TreeItem<Object> group = groups.computeIfAbsent(key, k -> {
                TreeItem<Object> g = new TreeItem<>(k);
                g.setExpanded(true);
                root.getChildren().add(g);
                return g;
            });
            TreeItem<Object> item = new TreeItem<>(m);
            group.getChildren().add(item);
            if (shown != null && m.id() == shown.id()) {
                reselect = item;
            }
        }
        groups.forEach((k, g) -> g.setValue(k + " (" + g.getChildren().size() + ")"));
        tree.setRoot(root);
        if (root.getChildren().isEmpty()) {
            MessageStatus s = model.statusProperty().get();
            root.getChildren().add(new TreeItem<>(model.feature() == null ? "No feature chosen."
                    : "No " + (s == null ? "" : s.name().toLowerCase(Locale.ROOT) + " ") + "messages."));
        }
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        } else if (shown != null) {
            show(null);
        }
    }

    /** Struggling people first, then workarounds, stopped, not adopted; onboarding audiences after them. */
    private static int audienceOrder(String audience) {
        try {
            return org.uptake.outreach.Audience.valueOf(audience).ordinal();
        } catch (IllegalArgumentException e) {
            return org.uptake.outreach.Audience.values().length;
        }
    }

    private void show(Message m) {
        shown = m;
        editChecks = null;
        notice.setText("");
        boolean editable = m != null && (m.status() == MessageStatus.DRAFT || m.status() == MessageStatus.APPROVED);
        subject.setText(m == null ? "" : m.subject());
        body.setText(m == null ? "" : m.body());
        subject.setEditable(editable);
        body.setEditable(editable);
        reject.setDisable(!editable);
        why.setText(m == null ? "" : m.status().name().toLowerCase(Locale.ROOT) + (m.decidedBy() == null ? "" : " by " + m.decidedBy())
                + (m.rejectionReason() == null ? "" : " — " + m.rejectionReason()) + "\nWhy: " + (m.reason() == null ? "" : m.reason())
                + (m.status() == MessageStatus.APPROVED ? "\nEditing it sends it back to review." : ""));
        textChanged();
        audit.getItems().clear();
        if (m != null) {
            model.audit(m.id(), entries -> audit.getItems().setAll(entries.stream()
                    .map(a -> WHEN.format(a.at()) + "  " + a.actor() + "  " + a.action() + (a.detail() == null ? "" : ": " + a.detail()))
                    .toList()));
        }
        if (editable) {
            long id = m.id();
            model.checks(id, loaded -> {
                if (shown != null && shown.id() == id) {
                    editChecks = loaded;
                    textChanged();
                }
            });
        }
    }

    /**
     * Runs the checks on the text as it stands and keeps the buttons honest: an unsaved edit can be
     * saved, not approved (Approve would approve the stored text, not what the analyst sees).
     */
    private void textChanged() {
        preview.show(shown, shown == null ? null : model.recipient(shown), subject.getText(), body.getText());
        if (shown == null) {
            save.setDisable(true);
            approve.setDisable(true);
            checks.setText("");
            return;
        }
        boolean editable = shown.status() == MessageStatus.DRAFT || shown.status() == MessageStatus.APPROVED;
        boolean unsaved = !subject.getText().equals(shown.subject()) || !body.getText().equals(shown.body());
        List<String> problems = editChecks == null || !editable ? shown.problems() : editChecks.problems(subject.getText(), body.getText());
        save.setDisable(!editable || !unsaved);
        approve.setDisable(shown.status() != MessageStatus.DRAFT || unsaved || !problems.isEmpty());
        checks.setText(!problems.isEmpty() ? "Cannot be approved yet: " + String.join("; ", problems) + "."
                : unsaved ? "Unsaved edit: save it before approving." : "");
    }

    private void rejectShown() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Reject message " + shown.id());
        ask.setHeaderText("Why is it rejected? The reason stays in the audit trail.");
        Optional<String> reason = ask.showAndWait();
        if (reason.isEmpty()) {
            return;
        }
        if (reason.get().isBlank()) {
            notice.setText("Not rejected: a rejection needs a reason, which stays in the audit trail.");
            return;
        }
        model.reject(shown.id(), reason.get(), this::show);
    }

    /** Every chosen message (a chosen group stands for all its drafts), after the analyst confirms the count. */
    private void approveSelected() {
        List<Long> ids = tree.getSelectionModel().getSelectedItems().stream()
                .flatMap(item -> item.getValue() instanceof Message m ? java.util.stream.Stream.of(m)
                        : item.getChildren().stream().map(TreeItem::getValue).filter(Message.class::isInstance).map(Message.class::cast))
                .filter(m -> m.status() == MessageStatus.DRAFT).map(Message::id).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Approve " + ids.size() + " drafts? Drafts that fail a check stay drafts.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText("Approve the selection");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            model.approveAll(ids, left -> {
                if (!left.isEmpty()) {
                    Alert info = new Alert(Alert.AlertType.INFORMATION, String.join("\n", left));
                    info.initOwner(getScene().getWindow());
                    info.setHeaderText((ids.size() - left.size()) + " approved; " + left.size() + " stay drafts");
                    info.show();
                }
            });
        }
    }
}
