package dev.hyperactive.core.internal.memory;

import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongDoubleHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * An {@link EvaluationStore} on primitive maps keyed by the mixed-radix code of a position: scores
 * in one map, and extra outputs in a second one created only when an entry has some.
 *
 * <p>A lookup is one probe of the score map, hit or miss. For a missing code the map returns a NaN
 * whose bits no stored score has, because {@link #put} stores every NaN score as {@link Double#NaN}.
 */
final class LongKeyedStore implements EvaluationStore {

    /** The value the score map returns for a missing code: a quiet NaN with a payload of its own. */
    private static final long ABSENT_BITS = 0x7ff8_dead_beef_0001L;
    private static final double ABSENT = Double.longBitsToDouble(ABSENT_BITS);

    private final PositionCodec codec;
    private final LongDoubleHashMap scores = new LongDoubleHashMap();
    private LongObjectHashMap<Map<String, Object>> extras;

    LongKeyedStore(PositionCodec codec) {
        this.codec = codec;
    }

    @Override
    public boolean lookup(int[] position, Memory.Hit hit) {
        long code = codec.encode(position);
        double score = scores.getIfAbsent(code, ABSENT);
        if (Double.doubleToRawLongBits(score) == ABSENT_BITS) {
            return false;
        }
        hit.set(score, extras == null ? null : extras.get(code));
        return true;
    }

    @Override
    public boolean contains(int[] position) {
        return scores.containsKey(codec.encode(position));
    }

    @Override
    public void put(int[] position, double score, Map<String, Object> extraOutputs) {
        long code = codec.encode(position);
        scores.put(code, Double.isNaN(score) ? Double.NaN : score);
        if (extraOutputs != null) {
            if (extras == null) {
                extras = new LongObjectHashMap<>();
            }
            extras.put(code, extraOutputs);
        } else if (extras != null) {
            extras.remove(code);
        }
    }

    @Override
    public void remove(int[] position) {
        long code = codec.encode(position);
        scores.remove(code);
        if (extras != null) {
            extras.remove(code);
        }
    }

    @Override
    public int size() {
        return scores.size();
    }
}
