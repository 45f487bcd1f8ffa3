package org.roundtable.publication.live;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.round.RoundId;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent event streams of round pages on this node, by round. Their number is
 * bounded; idle streams get a heartbeat comment so proxies keep them open; a stream that cannot be
 * written to any more is dropped.
 */
@Component
public class RoundStreams implements SmartLifecycle {

    /** Browsers wait this long before reconnecting a dropped stream. */
    static final long RECONNECT_MILLIS = 5_000;

    private final Map<RoundId, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final PublicationSettings.Live settings;
    private volatile boolean running;

    RoundStreams(PublicationSettings settings) {
        this.settings = settings.live();
    }

    /** A new stream for the round, or empty when this node already holds as many as it may. */
    public Optional<SseEmitter> open(RoundId roundId) {
        if (!running) {
            return Optional.empty();
        }
        if (open.incrementAndGet() > settings.maxEmitters()) {
            open.decrementAndGet();
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        streams.computeIfAbsent(roundId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
        Runnable close = () -> drop(roundId, emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        return Optional.of(emitter);
    }

    /**
     * Sends a named event with a JSON body to one stream; false if that stream is gone (the container
     * then completes it, which drops it here).
     */
    public boolean send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).reconnectTime(RECONNECT_MILLIS)
                    .data(data, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** Sends a named event to every stream of the round. */
    void broadcast(RoundId roundId, String name, Object data) {
        for (SseEmitter emitter : streams.getOrDefault(roundId, Set.of())) {
            if (!send(emitter, name, data)) {
                drop(roundId, emitter);
            }
        }
    }

    boolean listening(RoundId roundId) {
        return !streams.getOrDefault(roundId, Set.of()).isEmpty();
    }

    public int openStreams() {
        return open.get();
    }

    @Scheduled(fixedDelayString = "${roundtable.publication.live.heartbeat:15s}")
    void heartbeat() {
        streams.forEach((roundId, emitters) -> emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException e) {
                drop(roundId, emitter);
            }
        }));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server shuts down gracefully, which would otherwise wait
     * for them; browsers reconnect to another node or once this one is back.
     */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void drop(RoundId roundId, SseEmitter emitter) {
        Set<SseEmitter> emitters = streams.get(roundId);
        if (emitters != null && emitters.remove(emitter)) {
            open.decrementAndGet();
            streams.computeIfPresent(roundId, (id, left) -> left.isEmpty() ? null : left);
        }
    }
}
