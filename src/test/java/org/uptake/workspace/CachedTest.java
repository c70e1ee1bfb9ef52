package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A typed cache of results: kept per key while the data stays the same, forgotten when it changes, shared while computed. */
class CachedTest {

    @TempDir
    Path temp;

    @Test
    void remembersEachKeyUntilTheDataChanges() {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            Cached<String, List<String>> cached = new Cached<>(workspace, 2);
            List<String> computed = new ArrayList<>();
            List<String> a = cached.get("a", k -> {
                computed.add(k);
                return List.of(k + "1");
            });
            assertSame(a, cached.get("a", k -> {
                computed.add(k);
                return List.of(k + "2");
            }));
            cached.get("b", k -> {
                computed.add(k);
                return List.of(k);
            });
            assertEquals(List.of("a", "b"), computed);
            workspace.dataChanged();
            assertEquals(List.of("a3"), cached.get("a", k -> {
                computed.add(k);
                return List.of(k + "3");
            }), "an import makes the remembered result stale");
            assertEquals(List.of("a", "b", "a"), computed);
        }
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedResults() {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            Cached<Integer, Integer> cached = new Cached<>(workspace, 2);
            int[] computations = new int[1];
            java.util.function.Function<Integer, Integer> square = k -> {
                computations[0]++;
                return k * k;
            };
            cached.get(1, square);
            cached.get(2, square);
            cached.get(1, square);
            cached.get(3, square);
            assertEquals(3, computations[0]);
            assertEquals(4, cached.get(2, square), "2 was the least recently used of three, so it went");
            assertEquals(4, computations[0]);
            assertEquals(1, cached.get(1, square));
            assertEquals(5, computations[0], "1 went when 2 came back");
        }
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            Cached<String, String> cached = new Cached<>(workspace, 2);
            assertThrows(IllegalStateException.class, () -> cached.get("a", k -> {
                throw new IllegalStateException("read failed");
            }));
            assertEquals("ok", cached.get("a", k -> "ok"));
        }
    }

    @Test
    void aSecondThreadWaitsForTheResultInFlightInsteadOfComputingAgain() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            Cached<String, String> cached = new Cached<>(workspace, 2);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<String> first = pool.submit(() -> cached.get("a", k -> {
                    started.countDown();
                    await(release);
                    return "first";
                }));
                started.await();
                java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
                Thread second = new Thread(() -> seen.set(cached.get("a", k -> "second")));
                second.start();
                release.countDown();
                second.join();
                assertEquals("first", first.get());
                assertEquals("first", seen.get(), "the second thread shared the result in flight");
                assertEquals("first", cached.get("a", k -> "third"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
