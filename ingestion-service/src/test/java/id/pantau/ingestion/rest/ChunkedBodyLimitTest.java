package id.pantau.ingestion.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chunked body (no Content-Length) larger than its endpoint's limit is refused with 413 problem+json while it
 * is still arriving: the client is still sending when the answer comes, so the body was never held whole.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    /** Far more than any limit; a server that read it all would answer long after the client gave up. */
    private static final long SENT_AT_MOST = 2L * 1024 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private record Answer(List<String> head, long bytesSentBefore, boolean senderFinished) {
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/content, 1048576", "/api/v1/content/batch, 16777216"})
    void aChunkedBodyOverTheEndpointsLimitIsCutOffWith413(String path, long limit) throws Exception {
        Answer answer = postChunked(path);

        assertEquals("HTTP/1.1 413 Request Entity Too Large", answer.head().getFirst().replace("Content Too Large", "Request Entity Too Large"));
        assertTrue(answer.head().stream().anyMatch(h -> h.toLowerCase().startsWith("content-type: application/problem+json")),
                answer.head().toString());
        assertFalse(answer.senderFinished());
        // Answered near the limit, not after the whole body: socket buffers account for the rest.
        assertTrue(answer.bytesSentBefore() < limit + 64L * 1024 * 1024, "sent " + answer.bytesSentBefore());
    }

    private static Answer postChunked(String path) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.crawler()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            AtomicBoolean finished = new AtomicBoolean();
            Thread sender = Thread.ofVirtual().start(() -> {
                byte[] data = new byte[CHUNK];
                Arrays.fill(data, (byte) 'a');
                data[0] = '[';
                byte[] size = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < SENT_AT_MOST) {
                        out.write(size);
                        out.write(data);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(CHUNK);
                        data[0] = 'a';
                    }
                    finished.set(true);
                } catch (IOException e) {
                    // The server closed the connection after answering: what this test wants.
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            long sentBefore = sent.get();
            boolean done = finished.get();
            socket.close();
            sender.join();
            return new Answer(head, sentBefore, done);
        }
    }
}
