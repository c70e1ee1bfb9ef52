package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;
import org.uptake.workspace.BlockBytes;
import org.uptake.workspace.EventBlock;

/**
 * Every event of a window that the detectors of some features can need, everyone's, kept column by column and
 * chained by person. One read of the window serves every feature of a watch refresh: each feature then takes its
 * participants' events from here. Six reads of ten million events, one per feature, were a third of a refresh at a
 * million people; the same events as objects, one per event with its properties' text, held twice the memory.
 * Properties stay as the block stored them until an event is taken.
 */
final class WindowEvents {

    private static final int NONE = -1;

    private final String[] eventNames;
    private final String[] targets;
    private final String[] platforms;
    private final long[] ts;
    private final int[] name;
    private final int[] target;
    private final int[] platform;
    /** By event: its session's number (0: none), the same for the same session id throughout the window. */
    private final int[] session;
    private final int[] props;
    private final boolean[] expected;
    /** Person {@code p}'s events are {@code start[p]} to {@code start[p + 1] - 1}, in the order read. */
    private final int[] start;
    private final BlockBytes propertyBytes;

    private WindowEvents(Builder b) {
        eventNames = b.eventNames;
        targets = b.targets;
        platforms = b.platforms;
        propertyBytes = b.propertyBytes;
        // The session ids are only needed while numbering them: let go before the columns are copied.
        b.sessionNumbers.clear();
        b.sessionNumbers.trim();
        // Each person's chain (last event back to the first) laid out once in the order read, and every column put in
        // that order: each feature and window of a refresh then reads a person's events as a run through memory. In the
        // order read, a person's events of four weeks lay in twenty-eight places, and every feature's every window
        // jumped between them.
        int[] previous = b.previous.elements();
        int[] last = b.last;
        start = new int[last.length + 1];
        for (int p = 0; p < last.length; p++) {
            int n = 0;
            for (int i = last[p]; i != NONE; i = previous[i]) {
                n++;
            }
            start[p + 1] = start[p] + n;
        }
        int[] order = new int[start[last.length]];
        for (int p = 0; p < last.length; p++) {
            int k = start[p + 1];
            for (int i = last[p]; i != NONE; i = previous[i]) {
                order[--k] = i;
            }
        }
        previous = null;
        let(b.previous);
        // Column by column, each read column let go once copied: at most one column is held twice at a time.
        long[] readTs = b.ts.elements();
        ts = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            ts[k] = readTs[order[k]];
        }
        readTs = null;
        b.ts.clear();
        b.ts.trim();
        name = inOrder(b.name, order);
        target = inOrder(b.target, order);
        platform = inOrder(b.platform, order);
        session = inOrder(b.session, order);
        props = inOrder(b.props, order);
        expected = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            expected[k] = b.expected[order[k]];
        }
        b.expected = null;
    }

    /** {@code column}'s values in {@code order}; the column is emptied. */
    private static int[] inOrder(IntArrayList column, int[] order) {
        int[] read = column.elements();
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = read[order[k]];
        }
        let(column);
        return out;
    }

    /** Empties a column of the builder and gives back its room. */
    private static void let(IntArrayList column) {
        column.clear();
        column.trim();
    }

    /** Where {@code person}'s events begin: a person's events are those from here to {@link #endOf}, in the order read. */
    int firstOf(int person) {
        return person < 0 || person >= start.length - 1 ? 0 : start[person];
    }

    /** Where {@code person}'s events end (exclusive). */
    int endOf(int person) {
        return person < 0 || person >= start.length - 1 ? 0 : start[person + 1];
    }

    long ts(int i) {
        return ts[i];
    }

    int nameId(int i) {
        return name[i];
    }

    /** The event's session as a number, the same for the same session id throughout the window; 0 when it named none. */
    int session(int i) {
        return session[i];
    }

    /** Whether the event's properties report a state against an expected one ({@code _expected}). */
    boolean reportsExpected(int i) {
        return expected[i];
    }

    /** Event {@code i} as the detectors read it; {@code featureEvent}: one of the feature's own. */
    ContextEvent event(int i, boolean featureEvent) {
        return new ContextEvent(ts[i], nameOf(eventNames, name[i]), target[i] == 0 ? null : nameOf(targets, target[i]), session[i],
                platform[i] == 0 ? null : nameOf(platforms, platform[i]), this, i, expected[i], featureEvent);
    }

    /** Event {@code i}'s properties as a JSON object text, or null when it had none. */
    String properties(int i) {
        return propertyBytes.reader(props[i]).readString();
    }

    private static String nameOf(String[] byId, int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** Collects the events a scan keeps, in the order read. */
    static final class Builder {

        private final String[] eventNames;
        private final String[] targets;
        private final String[] platforms;
        private final LongArrayList ts = new LongArrayList();
        private final IntArrayList name = new IntArrayList();
        private final IntArrayList target = new IntArrayList();
        private final IntArrayList platform = new IntArrayList();
        private final IntArrayList session = new IntArrayList();
        private final it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<String> sessionNumbers = new it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<>();
        /** The block whose sessions {@link #blockNumbers} numbers, by the block's session index. */
        private EventBlock numberedBlock;
        private int[] blockNumbers = new int[0];
        private final IntArrayList props = new IntArrayList();
        private final IntArrayList previous = new IntArrayList();
        private boolean[] expected = new boolean[1024];
        private int[] last = new int[0];
        private final BlockBytes propertyBytes = new BlockBytes(1 << 20);

        /** The dictionaries by id: event names, targets and platforms. */
        Builder(String[] eventNames, String[] targets, String[] platforms) {
            this.eventNames = eventNames;
            this.targets = targets;
            this.platforms = platforms;
        }

        /** Keeps event {@code i} of {@code block}; {@code reportsExpected}: its properties hold {@code _expected}. */
        void add(EventBlock block, int i, boolean reportsExpected) {
            int at = ts.size();
            int person = block.person(i);
            if (person < 0) {
                return;
            }
            if (person >= last.length) {
                int grown = Math.max(person + 1, last.length + (last.length >> 1) + 1024);
                int from = last.length;
                last = Arrays.copyOf(last, grown);
                Arrays.fill(last, from, grown, NONE);
            }
            if (at == expected.length) {
                expected = Arrays.copyOf(expected, at + (at >> 1));
            }
            ts.add(block.ts(i));
            name.add(block.name(i));
            target.add(block.target(i));
            platform.add(block.platform(i));
            session.add(sessionNumber(block, block.sessionIndex(i)));
            props.add(propertyBytes.size());
            block.copyProperties(i, propertyBytes);
            expected[at] = reportsExpected;
            previous.add(last[person]);
            last[person] = at;
        }

        /**
         * Numbers the window's sessions (0: none): the same session is the same number in every block. The ids are kept
         * only while the window is read.
         * Each of a block's own sessions is looked up once (a hash probe for every event kept was a twentieth of a
         * refresh's struggles), the numbers remembered by the block's session index.
         */
        private int sessionNumber(EventBlock block, int s) {
            if (s == 0) {
                return 0;
            }
            if (block != numberedBlock) {
                numberedBlock = block;
                int count = block.sessionCount();
                if (blockNumbers.length <= count) {
                    blockNumbers = new int[count + 1];
                } else {
                    Arrays.fill(blockNumbers, 0, count + 1, 0);
                }
            }
            int known = blockNumbers[s];
            if (known == 0) {
                String id = block.sessionName(s);
                known = sessionNumbers.getInt(id);
                if (known == 0) {
                    known = sessionNumbers.size() + 1;
                    sessionNumbers.put(id, known);
                }
                blockNumbers[s] = known;
            }
            return known;
        }

        WindowEvents build() {
            // Kept for the whole detection: no room to spare (the columns are copied to their exact size in the people's order).
            propertyBytes.trim();
            return new WindowEvents(this);
        }
    }
}
