package org.smartcity.traffic.sim;

/**
 * One first-in-first-out queue of vehicle ids per drivable (or per lane, for entry queues), front
 * first, as growable ring buffers in one object to keep the hot loop free of allocation. Also keeps
 * the list of non-empty queues, so that phases visit only occupied drivables; its order is
 * deterministic but not sorted. Not thread-safe.
 */
final class DrivableQueues {
    private final int[][] buffer;
    private final int[] head;
    private final int[] size;
    private final int[] occupied;
    private final int[] occupiedIndex;
    private int occupiedCount;

    DrivableQueues(int queues) {
        buffer = new int[queues][];
        head = new int[queues];
        size = new int[queues];
        occupied = new int[queues];
        occupiedIndex = new int[queues];
        for (int q = 0; q < queues; q++) {
            buffer[q] = new int[4];
        }
    }

    /** Number of non-empty queues. */
    int occupiedCount() {
        return occupiedCount;
    }

    /** The i-th non-empty queue, {@code 0 <= i < occupiedCount()}; valid until a queue is changed. */
    int occupied(int i) {
        return occupied[i];
    }

    private void markOccupied(int q) {
        occupiedIndex[q] = occupiedCount;
        occupied[occupiedCount++] = q;
    }

    private void markEmpty(int q) {
        int i = occupiedIndex[q];
        int moved = occupied[--occupiedCount];
        occupied[i] = moved;
        occupiedIndex[moved] = i;
    }

    int size(int q) {
        return size[q];
    }

    boolean isEmpty(int q) {
        return size[q] == 0;
    }

    /** The i-th vehicle from the front (0 = front). */
    int get(int q, int i) {
        int[] b = buffer[q];
        return b[(head[q] + i) & (b.length - 1)];
    }

    int first(int q) {
        return get(q, 0);
    }

    int last(int q) {
        return get(q, size[q] - 1);
    }

    void addLast(int q, int vehicle) {
        int[] b = buffer[q];
        if (size[q] == b.length) {
            int[] grown = new int[b.length * 2];
            for (int i = 0; i < size[q]; i++) {
                grown[i] = b[(head[q] + i) & (b.length - 1)];
            }
            buffer[q] = grown;
            head[q] = 0;
            b = grown;
        }
        b[(head[q] + size[q]) & (b.length - 1)] = vehicle;
        if (size[q]++ == 0) {
            markOccupied(q);
        }
    }

    int removeFirst(int q) {
        int v = first(q);
        head[q] = (head[q] + 1) & (buffer[q].length - 1);
        if (--size[q] == 0) {
            markEmpty(q);
        }
        return v;
    }

    /** Inserts {@code vehicle} so that it becomes the {@code index}-th from the front, {@code 0 <= index <= size}. */
    void insertAt(int q, int index, int vehicle) {
        addLast(q, vehicle);
        int[] b = buffer[q];
        int mask = b.length - 1;
        for (int i = size[q] - 1; i > index; i--) {
            b[(head[q] + i) & mask] = b[(head[q] + i - 1) & mask];
        }
        b[(head[q] + index) & mask] = vehicle;
    }

    /** Removes every vehicle for which {@code keep} is false, preserving the order of the rest. */
    void retain(int q, VehiclePredicate keep) {
        int[] b = buffer[q];
        int mask = b.length - 1;
        int kept = 0;
        for (int i = 0; i < size[q]; i++) {
            int v = b[(head[q] + i) & mask];
            if (keep.test(v)) {
                b[(head[q] + kept) & mask] = v;
                kept++;
            }
        }
        if (kept == 0 && size[q] > 0) {
            markEmpty(q);
        }
        size[q] = kept;
    }

    @FunctionalInterface
    interface VehiclePredicate {
        boolean test(int vehicle);
    }
}
