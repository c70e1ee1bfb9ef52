package org.uptake.gui.common;

/** A screen that wants to know when it is shown again, to refresh what may have changed meanwhile. */
public interface ShownAware {

    void onShown();
}
