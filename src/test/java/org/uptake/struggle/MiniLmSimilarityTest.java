package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Best matches remembered across calls are the ones a fresh model computes, whatever was asked before. */
class MiniLmSimilarityTest {

    private static final List<String> BOARDS = List.of("Boards. People cannot arrange widgets on a board",
            "Drag a widget to move it; the layout is saved for everyone who views the board.");
    private static final List<String> EXPORTS = List.of("Scheduled exports. Analysts download the same report every week");

    @Test
    void rememberedMatchesAreTheFreshOnes() {
        MiniLmSimilarity remembering = new MiniLmSimilarity();
        List<String> first = List.of("Cannot arrange widgets on my board", "My weekly report download is wrong");
        List<String> second = List.of("My weekly report download is wrong", "The tiles jump back after I move them",
                "Cannot arrange widgets on my board", "The tiles jump back after I move them");
        remembering.bestMatches(List.of(BOARDS, EXPORTS), first);
        double[][] again = remembering.bestMatches(List.of(EXPORTS, BOARDS), second);

        double[][] fresh = new MiniLmSimilarity().bestMatches(List.of(EXPORTS, BOARDS), second);
        assertArrayEquals(fresh[0], again[0]);
        assertArrayEquals(fresh[1], again[1]);
        // And the model still tells the two features apart.
        assertTrue(again[1][1] > again[0][1], "moving tiles is about boards");
        assertTrue(again[0][0] > again[1][0], "the weekly download is about exports");
    }
}
