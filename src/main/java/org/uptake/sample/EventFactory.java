package org.uptake.sample;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Makes a person's events with ids drawn from their own random stream, so reruns give the same ids. */
final class EventFactory {

    private final SplittableRandom random;
    private final Map<Session, String> sessionIds = new HashMap<>();

    EventFactory(SplittableRandom random) {
        this.random = random;
    }

    SampleEvent event(long ts, String name, Session session, String target, Object... keyValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        String sessionId = sessionIds.computeIfAbsent(session, s -> "s" + Rng.hexId(random).substring(4));
        return new SampleEvent(Rng.hexId(random), ts, name, session.platform(), sessionId, target, properties, false);
    }
}
