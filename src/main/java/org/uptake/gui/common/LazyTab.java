package org.uptake.gui.common;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content joins the scene the first time the tab is selected. A tab pane styles and lays out every tab's
 * content when it first shows, the hidden ones too: on the Adoption screen that was most of a 400 ms stall of the FX
 * thread on the first visit, for tabs a person may never open. The content is built up front (its bindings work
 * from the start); only its skins and styles wait.
 */
public final class LazyTab {

    private LazyTab() {
    }

    public static Tab of(String title, Node content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content);
            }
        });
        return tab;
    }
}
