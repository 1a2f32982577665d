package dev.hyperactive.core.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ProgressBarDisplayTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    @Test
    void barShowsNameCountAndBest() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] sphere (Hill Climbing)", 100);
        for (int done = 1; done <= 100; done++) {
            display.update(0, done, done < 42 ? Double.NaN : -0.5, done < 42 ? -1 : 41);
        }
        display.finish(0, 100);

        String last = lines().get(lines().size() - 1);
        assertTrue(last.startsWith("[0] sphere (Hill Climbing) 100%"), last);
        assertTrue(last.contains("100/100"), last);
        assertTrue(last.endsWith("best_score=-0.5, best_iter=41"), last);
    }

    @Test
    void nonTerminalOutputHasNoControlCharacters() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] f (Random Search)", 10);
        display.update(0, 10, 1.0, 3);
        display.finish(0, 10);

        assertFalse(output().contains("\r"));
        assertFalse(output().contains("\u001b"));
    }

    @Test
    void earlyStopEndsComplete() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(3, "[3] f (Random Search)", 100);
        display.update(3, 60, 2.0, 7);
        display.finish(3, 60);

        String last = lines().get(lines().size() - 1);
        assertTrue(last.contains("100%"), last);
        assertTrue(last.contains("60/60"), last);
    }

    @Test
    void withoutFiniteScoreNoBestMessage() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] f (Random Search)", 5);
        display.update(0, 5, Double.NaN, -1);
        display.finish(0, 5);

        assertTrue(output().contains("5/5"));
        assertFalse(output().contains("best_score"));
    }

    @Test
    void bestMessageFollowsImprovement() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] f (Random Search)", 5);
        display.update(0, 1, 1.0, 0);
        display.update(0, 2, 3.0, 1);
        display.finish(0, 2);

        assertTrue(lines().get(lines().size() - 1).endsWith("best_score=3, best_iter=1"), output());
    }

    @Test
    void twoJobsOnTwoThreadsStayReadable() throws InterruptedException {
        ProgressBarDisplay display = new ProgressBarDisplay(stream, false, 5);
        CountDownLatch ready = new CountDownLatch(2);
        Thread[] threads = new Thread[2];
        for (int job = 0; job < 2; job++) {
            int j = job;
            threads[j] = new Thread(() -> {
                display.start(j, "[" + j + "] f (Random Search)", 2000);
                ready.countDown();
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int done = 1; done <= 2000; done++) {
                    display.update(j, done, done, done - 1);
                    if (done % 200 == 0) {
                        Thread.yield();
                    }
                }
                display.finish(j, 2000);
            });
            threads[j].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        List<String> lines = lines();
        for (String line : lines) {
            assertTrue(line.startsWith("[0] f (Random Search) ") || line.startsWith("[1] f (Random Search) "),
                    line);
            assertEquals(1, line.split("Random Search", -1).length - 1, line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[0]") && l.contains("2000/2000")), output());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[1]") && l.contains("2000/2000")), output());
    }

    @Test
    void updateOfUnknownJobIsIgnored() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.update(7, 1, 1.0, 0);
        display.finish(7, 1);
        display.update(-1, 1, 1.0, 0);
        display.finish(-1, 1);

        assertEquals("", output());
    }

    @Test
    void updateAfterFinishIsIgnored() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);
        display.start(0, "[0] f (Random Search)", 3);
        display.finish(0, 3);
        String finished = output();

        display.update(0, 3, 1.0, 0);

        assertEquals(finished, output());
    }

    @Test
    void restartClosesEarlierBar() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] first (Random Search)", 10);
        display.update(0, 4, 1.0, 0);
        display.start(0, "[0] second (Random Search)", 10);
        display.finish(0, 10);

        assertTrue(output().contains("[0] first (Random Search) 100%"), output());
        assertTrue(output().contains("[0] second (Random Search) 100%"), output());
    }

    @Test
    void zeroIterationsJob() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        display.start(0, "[0] f (Random Search)", 0);
        display.finish(0, 0);

        assertTrue(output().contains("[0] f (Random Search)"), output());
    }

    @Test
    void negativeJobRejected() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> display.start(-1, "[-1] f (Random Search)", 10));
        assertEquals("job must not be negative: -1", e.getMessage());
    }

    @Test
    void negativeIterationsRejected() {
        ProgressBarDisplay display = new ProgressBarDisplay(stream);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> display.start(0, "[0] f (Random Search)", -5));
        assertEquals("iterations must not be negative: -5", e.getMessage());
    }
}
