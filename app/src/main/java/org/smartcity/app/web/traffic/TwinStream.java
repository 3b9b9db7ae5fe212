package org.smartcity.app.web.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.live.TwinFrame;

/**
 * Streams a live twin to every watching browser over Server-Sent Events from one sender thread: each
 * frame is turned into JSON once and the same text goes to every client. A client that joins (or
 * rejoins) first gets {@code geometry}, {@code history} and the latest {@code frame}, then every
 * following {@code frame}. When the sender falls behind, intermediate frames are skipped (only the
 * newest is sent), so a slow client never slows the simulation. Thread-safe.
 */
final class TwinStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TwinStream.class);

    private final ObjectMapper json;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<SseClient> joining = new ConcurrentLinkedQueue<>();
    private final AtomicReference<TwinFrame> pending = new AtomicReference<>();
    private final Semaphore wake = new Semaphore(0);
    private final Consumer<TwinFrame> listener = this::offer;
    private final Thread sender;
    private final AtomicLong framesSent = new AtomicLong();
    private volatile LiveTwin twin;
    private volatile boolean geometryChanged;
    private volatile boolean closed;

    TwinStream(ObjectMapper json, LiveTwin twin) {
        this.json = json;
        this.twin = twin;
        twin.addListener(listener);
        this.sender = new Thread(this::run, "twin-stream");
        sender.setDaemon(true);
        sender.start();
    }

    /** Streams {@code next} from now on (after a network load): every client gets the new geometry. */
    void switchTo(LiveTwin next) {
        LiveTwin previous = twin;
        previous.removeListener(listener);
        twin = next;
        geometryChanged = true;
        next.addListener(listener);
        wake.release();
    }

    /** Adds a client; it gets the geometry and the current state first. */
    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        joining.add(client);
        wake.release();
    }

    int clientCount() {
        return clients.size();
    }

    /** Frames sent so far (one per frame, whatever the number of clients). */
    long framesSent() {
        return framesSent.get();
    }

    private void offer(TwinFrame frame) {
        pending.set(frame);
        wake.release();
    }

    private void run() {
        try {
            while (!closed) {
                if (!wake.tryAcquire(15, TimeUnit.SECONDS)) {
                    for (SseClient c : clients) {
                        c.sendComment("keep-alive");
                    }
                    continue;
                }
                wake.drainPermits();
                LiveTwin current = twin;
                if (geometryChanged) {
                    geometryChanged = false;
                    String geometry = json.writeValueAsString(current.geometry());
                    String history = json.writeValueAsString(current.history());
                    String frame = json.writeValueAsString(current.latestFrame());
                    for (SseClient c : clients) {
                        greet(c, geometry, history, frame);
                    }
                }
                if (!joining.isEmpty()) {
                    String geometry = json.writeValueAsString(current.geometry());
                    String history = json.writeValueAsString(current.history());
                    String frame = json.writeValueAsString(current.latestFrame());
                    for (SseClient c = joining.poll(); c != null; c = joining.poll()) {
                        greet(c, geometry, history, frame);
                        clients.add(c);
                    }
                }
                TwinFrame next = pending.getAndSet(null);
                if (next != null && !clients.isEmpty()) {
                    String frame = json.writeValueAsString(next);
                    for (SseClient c : clients) {
                        send(c, "frame", frame);
                    }
                    framesSent.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JsonProcessingException e) {
            LOG.error("cannot write the twin's state as JSON; the stream stops", e);
        }
    }

    private void greet(SseClient c, String geometry, String history, String frame) {
        send(c, "geometry", geometry);
        send(c, "history", history);
        send(c, "frame", frame);
    }

    private void send(SseClient c, String event, String data) {
        if (c.terminated()) {
            clients.remove(c);
            return;
        }
        c.sendEvent(event, data);
    }

    /** A status line for the stream (clients, frames), for logs and the bench. */
    Map<String, Object> status() {
        return Map.of("clients", clients.size(), "framesSent", framesSent.get());
    }

    @Override
    public void close() {
        closed = true;
        twin.removeListener(listener);
        sender.interrupt();
        // the connections themselves end with the server (which stops before its features)
        clients.clear();
        try {
            sender.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
