package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The services' warm-up initialises every class it names (a renamed class fails here); its thread is ChartWarmUpTest's kind. */
class ServicesWarmUpTest {

    @Test
    void initialisesEveryClassItNames() throws InterruptedException {
        Thread thread = ServicesWarmUp.start();
        assertEquals(ServicesWarmUp.THREAD_NAME, thread.getName());
        thread.join(60_000);
        assertEquals(ServicesWarmUp.CLASSES.size(), ServicesWarmUp.warm(), "every named class exists and initialises");
    }
}
