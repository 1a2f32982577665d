package dev.hyperactive.core.internal.memory;

import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongDoubleHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/** An {@link EvaluationStore} on primitive maps keyed by the mixed-radix code of a position. */
final class LongKeyedStore implements EvaluationStore {

    private final PositionCodec codec;
    private final LongDoubleHashMap scores = new LongDoubleHashMap();
    private LongObjectHashMap<Map<String, Object>> extras;

    LongKeyedStore(PositionCodec codec) {
        this.codec = codec;
    }

    @Override
    public boolean contains(int[] position) {
        return scores.containsKey(codec.encode(position));
    }

    @Override
    public double score(int[] position) {
        return scores.get(codec.encode(position));
    }

    @Override
    public Map<String, Object> extras(int[] position) {
        return extras == null ? null : extras.get(codec.encode(position));
    }

    @Override
    public void put(int[] position, double score, Map<String, Object> extraOutputs) {
        long code = codec.encode(position);
        scores.put(code, score);
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
