package dk.henvis.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** Keeps every log record as the text any handler could write: message, parameters and stack trace. */
public final class LogCapture extends Handler {
    public final List<String> records = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(' ').append(trace);
        }
        records.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
