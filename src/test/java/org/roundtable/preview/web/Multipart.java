package org.roundtable.preview.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data body for tests that talk HTTP to the running application: text fields and one file. */
final class Multipart {

    static final String BOUNDARY = "----roundtable-preview-test";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private byte[] file;

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Multipart file(byte[] content) {
        this.file = content;
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    HttpRequest.BodyPublisher body() {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
