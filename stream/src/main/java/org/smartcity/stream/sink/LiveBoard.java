package org.smartcity.stream.sink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process view of a running embedded job for the web server: the latest lines of each output
 * (JSON, newest last) and how many arrived. Boards are found by name in a JVM-wide registry because a
 * Flink sink is serialised before it runs; this works only for jobs embedded in the same JVM (a job on
 * a cluster writes files or Kafka instead). Thread-safe.
 */
public final class LiveBoard {
    private static final Map<String, LiveBoard> BOARDS = new ConcurrentHashMap<>();

    private final int keep;
    private final Map<String, ArrayDeque<String>> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    private LiveBoard(int keep) {
        this.keep = keep;
    }

    /** The board called {@code name}, created on first use, keeping the last {@code keep} lines per output. */
    public static LiveBoard named(String name, int keep) {
        return BOARDS.computeIfAbsent(name, n -> new LiveBoard(keep));
    }

    /** Forgets the board called {@code name}. */
    public static void remove(String name) {
        BOARDS.remove(name);
    }

    void add(String output, String line) {
        ArrayDeque<String> q = latest.computeIfAbsent(output, o -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(line);
            if (q.size() > keep) {
                q.removeFirst();
            }
        }
        counts.merge(output, 1L, Long::sum);
    }

    /** The latest lines of an output, oldest first (a copy). */
    public List<String> latest(String output) {
        ArrayDeque<String> q = latest.get(output);
        if (q == null) {
            return List.of();
        }
        synchronized (q) {
            return new ArrayList<>(q);
        }
    }

    /** Lines received on an output so far. */
    public long count(String output) {
        return counts.getOrDefault(output, 0L);
    }
}
