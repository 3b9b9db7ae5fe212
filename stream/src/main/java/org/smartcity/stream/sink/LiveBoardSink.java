package org.smartcity.stream.sink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** Sends one output of an embedded job to a {@link LiveBoard} of the same JVM. */
public final class LiveBoardSink implements Sink<String> {
    private final String board;
    private final int keep;
    private final String output;

    public LiveBoardSink(String board, int keep, String output) {
        this.board = board;
        this.keep = keep;
        this.output = output;
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) {
        LiveBoard target = LiveBoard.named(board, keep);
        return new SinkWriter<>() {
            @Override
            public void write(String line, Context ctx) {
                target.add(output, line);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
