package dev.hyperactive.optimizers.global;

import java.util.Arrays;

/** The scored boxes of one size, as a binary max-heap by {@link DirectBox#rank()}. */
final class DirectBoxGroup {

    final double size;
    private DirectBox[] heap = new DirectBox[4];
    private int count;

    DirectBoxGroup(double size) {
        this.size = size;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Returns the box with the highest rank without removing it. */
    DirectBox peek() {
        return heap[0];
    }

    void push(DirectBox box) {
        if (count == heap.length) {
            heap = Arrays.copyOf(heap, count * 2);
        }
        int i = count++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent].rank() >= box.rank()) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = box;
    }

    /** Removes and returns the box with the highest rank. */
    DirectBox pop() {
        DirectBox top = heap[0];
        DirectBox last = heap[--count];
        heap[count] = null;
        if (count > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= count) {
                    break;
                }
                if (child + 1 < count && heap[child + 1].rank() > heap[child].rank()) {
                    child++;
                }
                if (heap[child].rank() <= last.rank()) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }
}
