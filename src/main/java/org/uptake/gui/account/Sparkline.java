package org.uptake.gui.account;

import java.util.List;
import javafx.scene.shape.Polyline;

/** Weekly active people as a small line, oldest week on the left; its tooltip-free scale is the account's own peak. */
final class Sparkline {

    static final double WIDTH = 80;
    static final double HEIGHT = 18;

    private Sparkline() {
    }

    static Polyline of(List<Integer> weekly) {
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline");
        int max = Math.max(1, weekly.stream().mapToInt(Integer::intValue).max().orElse(1));
        for (int i = 0; i < weekly.size(); i++) {
            double x = weekly.size() == 1 ? 0 : WIDTH * i / (weekly.size() - 1);
            line.getPoints().addAll(x, HEIGHT - HEIGHT * weekly.get(i) / max);
        }
        return line;
    }
}
