package dk.henvis.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client over a raw socket that sends its headers and then only the start of a JSON body it
 * announced in full, as a slow or stalled client does; it reads whatever the server answers.
 */
public final class SlowClient implements AutoCloseable {

    private final Socket socket;

    private SlowClient(Socket socket) {
        this.socket = socket;
    }

    /** Sends the request line, the headers (Content-Length of the whole body) and the body's first bytes. */
    public static SlowClient start(String host, int port, String path, String authorization) throws IOException {
        String body = "{\"programmeCode\": \"sandplay\", \"subject\": {\"type\": \"CHILD\", \"name\": \"Langsom Klient\"}}";
        Socket socket = new Socket(host, port);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
                + body.substring(0, 10)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new SlowClient(socket);
    }

    /** Everything the server sends until it closes the connection (or 30 s pass). */
    public String answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                received.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException stopped) {
            // what arrived so far is the answer
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
