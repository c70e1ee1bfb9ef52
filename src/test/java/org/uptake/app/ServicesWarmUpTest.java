package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The services' warm-up runs on a daemon thread of its own and initialises every class it names (a renamed class fails here). */
class ServicesWarmUpTest {

    @Test
    void initialisesEveryClassOnADaemonThreadOfItsOwn() throws InterruptedException {
        Thread thread = ServicesWarmUp.start();
        assertEquals(ServicesWarmUp.THREAD_NAME, thread.getName());
        assertTrue(thread.isDaemon());
        assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
        thread.join(60_000);
        assertFalse(thread.isAlive());
        assertEquals(ServicesWarmUp.CLASSES.size(), ServicesWarmUp.warm(), "every named class exists and initialises");
    }
}
