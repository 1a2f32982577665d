package dev.hyperactive.core.testing;

import dev.hyperactive.core.Ticker;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that advances by a fixed step on every read, so times are exact and need no sleeping. */
public final class FakeTicker implements Ticker {

    private final AtomicLong now = new AtomicLong();
    private final long step;

    public FakeTicker(long stepNanos) {
        this.step = stepNanos;
    }

    @Override
    public long nanoTime() {
        return now.getAndAdd(step);
    }
}
