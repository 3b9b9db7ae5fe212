package org.smartcity.app.web.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.live.TwinFrame;

/**
 * Streams a live twin to every watching browser over Server-Sent Events. One producer thread turns each
 * frame into JSON once and hands the same text to every viewer; each viewer has its own small sender
 * thread holding only the newest frame, so a slow or stalled browser skips frames without delaying the
 * others or the simulation. A viewer whose sign-in ends (checked every second) is cut off. A viewer that joins (or rejoins) first gets {@code geometry}, {@code history}
 * and the latest {@code frame}, then every following {@code frame}. Thread-safe.
 */
final class TwinStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TwinStream.class);

    /** How often a viewer's sign-in is checked again. */
    static final long RECHECK_MS = 1000;

    private static final long KEEP_ALIVE_MS = 15_000;

    private final ObjectMapper json;
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();
    private final AtomicReference<TwinFrame> pending = new AtomicReference<>();
    private final Semaphore wake = new Semaphore(0);
    private final Consumer<TwinFrame> listener = this::offer;
    private final Thread producer;
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong viewerIds = new AtomicLong();
    private volatile LiveTwin twin;
    private volatile String geometryJson;
    private volatile boolean closed;

    TwinStream(ObjectMapper json, LiveTwin twin) {
        this.json = json;
        this.twin = twin;
        this.geometryJson = write(twin.geometry());
        twin.addListener(listener);
        this.producer = new Thread(this::produce, "twin-stream");
        producer.setDaemon(true);
        producer.start();
    }

    /** Streams {@code next} from now on (after a network load): every viewer gets the new geometry. */
    void switchTo(LiveTwin next) {
        twin.removeListener(listener);
        geometryJson = write(next.geometry());
        twin = next;
        next.addListener(listener);
        for (Viewer v : viewers) {
            greet(v, next);
        }
    }

    /**
     * Adds a viewer; it gets the geometry and the current state first. Called on the request's thread.
     *
     * @param stillAllowed asked about once every {@link #RECHECK_MS} ms; the stream ends when it says false
     */
    void join(SseClient client, BooleanSupplier stillAllowed) {
        client.keepAlive();
        Viewer viewer = new Viewer(client, viewerIds.incrementAndGet(), stillAllowed);
        client.onClose(viewer::stop);
        greet(viewer, twin);
        viewers.add(viewer);
        viewer.thread.start();
    }

    private void greet(Viewer viewer, LiveTwin from) {
        viewer.events.add(new String[] {"geometry", geometryJson});
        viewer.events.add(new String[] {"history", write(from.history())});
        viewer.events.add(new String[] {"frame", write(from.latestFrame())});
        viewer.wake.release();
    }

    int clientCount() {
        return viewers.size();
    }

    /** Frames produced so far (each written once, whatever the number of viewers). */
    long framesSent() {
        return framesSent.get();
    }

    private void offer(TwinFrame frame) {
        pending.set(frame);
        wake.release();
    }

    private void produce() {
        try {
            while (!closed) {
                wake.acquire();
                wake.drainPermits();
                TwinFrame next = pending.getAndSet(null);
                if (next == null || viewers.isEmpty()) {
                    continue;
                }
                String frame = write(next);
                for (Viewer v : viewers) {
                    v.frame.set(frame);
                    v.wake.release();
                }
                framesSent.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the twin's state as JSON", e);
        }
    }

    /** One browser: its queued events (never dropped) and the newest frame (older ones are skipped). */
    private final class Viewer {
        final SseClient client;
        final ConcurrentLinkedQueue<String[]> events = new ConcurrentLinkedQueue<>();
        final AtomicReference<String> frame = new AtomicReference<>();
        final Semaphore wake = new Semaphore(0);
        final Thread thread;
        final BooleanSupplier stillAllowed;
        volatile boolean stopped;

        Viewer(SseClient client, long id, BooleanSupplier stillAllowed) {
            this.client = client;
            this.stillAllowed = stillAllowed;
            this.thread = new Thread(this::send, "twin-viewer-" + id);
            thread.setDaemon(true);
        }

        void stop() {
            stopped = true;
            viewers.remove(this);
            thread.interrupt();
            try {
                if (Thread.currentThread() != thread) {
                    thread.join(1000); // no send may run once the response is gone
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void send() {
            try {
                long lastSent_ms = System.currentTimeMillis();
                long lastCheck_ms = lastSent_ms;
                while (!stopped && !closed) {
                    boolean woken = wake.tryAcquire(RECHECK_MS, TimeUnit.MILLISECONDS);
                    long now_ms = System.currentTimeMillis();
                    if (now_ms - lastCheck_ms >= RECHECK_MS) {
                        lastCheck_ms = now_ms;
                        if (!stillAllowed.getAsBoolean()) {
                            stop();
                            client.close(); // signed out or switched off: the stream ends
                            return;
                        }
                    }
                    if (!woken) {
                        if (now_ms - lastSent_ms >= KEEP_ALIVE_MS) {
                            client.sendComment("keep-alive");
                            lastSent_ms = now_ms;
                        }
                        continue;
                    }
                    lastSent_ms = now_ms;
                    wake.drainPermits();
                    for (String[] e = events.poll(); e != null; e = events.poll()) {
                        client.sendEvent(e[0], e[1]);
                    }
                    String f = frame.getAndSet(null);
                    if (f != null) {
                        client.sendEvent("frame", f);
                    }
                    if (client.terminated()) {
                        stop();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.debug("viewer stream ended", e);
                stop();
            }
        }
    }

    /** Ends every viewer's stream (when the server is stopping); new viewers may still join. */
    void stopViewers() {
        for (Viewer v : viewers) {
            v.stop();
            v.client.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        twin.removeListener(listener);
        producer.interrupt();
        for (Viewer v : viewers) {
            v.stop(); // normally none left: stopViewers ran when the server began to stop
        }
        try {
            producer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
