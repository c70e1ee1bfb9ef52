package org.uptake.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/** Drops files on a node headless: a dragboard over an in-memory clipboard, then DRAG_OVER and DRAG_DROPPED. */
final class FileDrop {

    private FileDrop() {
    }

    /** Must run on the FX thread. */
    static void drop(Node target, List<File> files) {
        fire(target, files, List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED));
    }

    /** Drags files over the node without dropping them. Must run on the FX thread. */
    static void dragOver(Node target, List<File> files) {
        fire(target, files, List.of(DragEvent.DRAG_OVER));
    }

    private static void fire(Node target, List<File> files, List<javafx.event.EventType<DragEvent>> types) {
        Dragboard dragboard = DragboardHelper.createDragboard(new MemoryClipboard());
        Map<DataFormat, Object> content = new HashMap<>();
        content.put(DataFormat.FILES, files);
        dragboard.setContent(content);
        for (var type : types) {
            Event.fireEvent(target, new DragEvent(target, target, type, dragboard, 100, 100, 100, 100,
                    TransferMode.COPY, null, target, null));
        }
    }

    /** Just enough of a toolkit clipboard to carry files. */
    private static final class MemoryClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
