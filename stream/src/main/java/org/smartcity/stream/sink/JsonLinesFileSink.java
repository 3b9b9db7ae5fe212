package org.smartcity.stream.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes lines to a JSON Lines file: {@code name.jsonl} with one writer, {@code name-<subtask>.jsonl}
 * when the sink runs with more than one. Files are replaced at job start and flushed at checkpoints and
 * at the end of input. For output folders on the machine that runs the task (embedded runs, or a
 * cluster with a shared file system).
 */
public final class JsonLinesFileSink implements Sink<String> {
    private final String folder;
    private final String name;

    public JsonLinesFileSink(Path folder, String name) {
        this.folder = folder.toAbsolutePath().toString();
        this.name = name;
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) throws IOException {
        int subtasks = context.getTaskInfo().getNumberOfParallelSubtasks();
        int index = context.getTaskInfo().getIndexOfThisSubtask();
        String file = subtasks == 1 ? name + ".jsonl" : name + "-" + index + ".jsonl";
        Path dir = Path.of(folder);
        Files.createDirectories(dir);
        BufferedWriter out = Files.newBufferedWriter(
                dir.resolve(file),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        return new SinkWriter<>() {
            @Override
            public void write(String line, Context ctx) throws IOException {
                out.write(line);
                out.write('\n');
            }

            @Override
            public void flush(boolean endOfInput) throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
