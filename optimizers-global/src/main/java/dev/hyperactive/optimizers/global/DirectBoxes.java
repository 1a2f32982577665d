package dev.hyperactive.optimizers.global;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The scored boxes of a DIRECT run, grouped by size, with the selection of the potentially optimal
 * boxes and their division.
 *
 * <p>A box is potentially optimal, for a maximization, if some constant {@code K > 0} makes its
 * {@code score + K * size} the highest of all boxes and at least
 * {@code f_max + EPSILON * |f_max|}, where {@code f_max} is the best score (Jones, Perttunen and
 * Stuckman, 1993). Only the best box of each size can qualify, so the selection computes the upper
 * convex hull of the points (size, best score of that size), starting from the largest box with the
 * best score, and checks the epsilon condition with the largest {@code K} each hull point allows.
 * The cost is linear in the number of distinct sizes, not in the number of boxes. Boxes whose
 * centre score is NaN or infinite take part with the lowest finite score seen.
 */
final class DirectBoxes {

    /** Jones's epsilon: the least relative improvement over the best score that a box must promise. */
    static final double EPSILON = 1e-4;

    private final int[] sizes;
    private final RandomGenerator random;
    private final TreeMap<Double, DirectBoxGroup> groups = new TreeMap<>();
    private double lowestFinite = Double.NaN;
    private int boxCount;

    DirectBoxes(int[] sizes, RandomGenerator random) {
        this.sizes = sizes;
        this.random = random;
    }

    /** Returns the number of scored boxes that may still be divided or selected. */
    int boxCount() {
        return boxCount;
    }

    /** Returns the box of the whole space, not yet scored. */
    DirectBox root() {
        int[] low = new int[sizes.length];
        int[] high = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            high[d] = sizes[d] - 1;
        }
        return new DirectBox(low, high, sizes);
    }

    /** Adds a box whose score is set; NaN and infinite scores are allowed. */
    void add(DirectBox box) {
        if (Double.isFinite(box.score) && !(box.score >= lowestFinite)) {
            lowestFinite = box.score;
        }
        groups.computeIfAbsent(box.size, DirectBoxGroup::new).push(box);
        boxCount++;
    }

    /**
     * Removes the potentially optimal boxes and divides each, adding the middle parts (which keep
     * their parent's centre and score) and appending the other, unscored parts to {@code unscored}.
     * Boxes of a single position cannot be divided and are dropped.
     */
    void divideSelected(ArrayDeque<DirectBox> unscored) {
        for (DirectBoxGroup group : selectPotentiallyOptimal()) {
            DirectBox box = group.pop();
            boxCount--;
            if (group.isEmpty()) {
                groups.remove(group.size);
            }
            divide(box, unscored);
        }
    }

    /** Returns the groups whose best box is potentially optimal. */
    List<DirectBoxGroup> selectPotentiallyOptimal() {
        int m = groups.size();
        DirectBoxGroup[] ordered = groups.values().toArray(new DirectBoxGroup[0]);
        double[] x = new double[m];
        double[] y = new double[m];
        int start = 0;
        for (int i = 0; i < m; i++) {
            x[i] = ordered[i].size;
            y[i] = valueOf(ordered[i].peek());
            if (y[i] >= y[start]) {
                start = i;
            }
        }
        double best = y[start];

        int[] hull = new int[m];
        int top = 0;
        for (int i = start; i < m; i++) {
            while (top >= 2 && cross(hull[top - 2], hull[top - 1], i, x, y) >= 0) {
                top--;
            }
            hull[top++] = i;
        }

        List<DirectBoxGroup> selected = new ArrayList<>();
        double threshold = best + EPSILON * Math.abs(best);
        for (int h = 0; h < top; h++) {
            int i = hull[h];
            if (h + 1 < top) {
                int next = hull[h + 1];
                double slope = (y[i] - y[next]) / (x[next] - x[i]);
                if (y[i] + slope * x[i] < threshold) {
                    continue;
                }
            }
            selected.add(ordered[i]);
        }
        return selected;
    }

    private double valueOf(DirectBox box) {
        if (Double.isFinite(box.score)) {
            return box.score;
        }
        return Double.isNaN(lowestFinite) ? 0 : lowestFinite;
    }

    /** Returns the cross product of (b - a) and (c - a); positive when b lies below the line from a to c. */
    private static double cross(int a, int b, int c, double[] x, double[] y) {
        return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]);
    }

    /** Divides {@code box} in three along its longest normalized side, ties broken at random. */
    private void divide(DirectBox box, ArrayDeque<DirectBox> unscored) {
        int split = -1;
        double longest = 0;
        int ties = 0;
        for (int d = 0; d < sizes.length; d++) {
            long width = box.width(d);
            if (width < 2) {
                continue;
            }
            double length = (double) width / sizes[d];
            if (length > longest) {
                longest = length;
                split = d;
                ties = 1;
            } else if (length == longest && random.nextInt(++ties) == 0) {
                split = d;
            }
        }
        if (split < 0) {
            return;
        }

        long low = box.low[split];
        long high = box.high[split];
        long width = high - low + 1;
        long centre = low + width / 2;
        long middleWidth = Math.max(1, Math.round(width / 3.0));
        long middleLow = centre - middleWidth / 2;
        long middleHigh = middleLow + middleWidth - 1;

        DirectBox middle = child(box, split, middleLow, middleHigh);
        middle.score = box.score;
        add(middle);
        if (middleLow > low) {
            unscored.add(child(box, split, low, middleLow - 1));
        }
        if (middleHigh < high) {
            unscored.add(child(box, split, middleHigh + 1, high));
        }
    }

    private DirectBox child(DirectBox parent, int d, long low, long high) {
        int[] childLow = parent.low.clone();
        int[] childHigh = parent.high.clone();
        childLow[d] = (int) low;
        childHigh[d] = (int) high;
        return new DirectBox(childLow, childHigh, sizes);
    }
}
