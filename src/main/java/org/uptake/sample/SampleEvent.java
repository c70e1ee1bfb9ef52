package org.uptake.sample;

import java.util.Map;

/** One generated event, before it is written in a source's export format. */
record SampleEvent(String id, long ts, String name, String platform, String sessionId, String target,
        Map<String, Object> properties, boolean anonymous) {

    SampleEvent asAnonymous() {
        return new SampleEvent(id, ts, name, platform, sessionId, target, properties, true);
    }

    boolean isMobile() {
        return !"web".equals(platform);
    }
}
