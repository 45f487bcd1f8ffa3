package org.roundtable.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A client of a round's server-sent events, as a page's EventSource would be: it reads the stream's
 * lines on a thread of its own and keeps every named event with its data.
 */
final class LiveStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private LiveStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "live-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveStream open(int port, String roundId) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rounds/" + roundId
                        + "/events"))
                .header("Accept", "text/event-stream").GET().build();
        return new LiveStream(client.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<Event> named(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    private void read() {
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (name[0] != null) {
                        events.add(new Event(name[0], data.toString()));
                    }
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed by the test or the server
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
