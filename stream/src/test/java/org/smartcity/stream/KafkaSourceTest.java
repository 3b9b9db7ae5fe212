package org.smartcity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.sink.LiveBoardSink;
import org.smartcity.stream.source.RecordSources;

/**
 * The Kafka connector built for Flink 2.2 links against Flink 2.3 and the job builds on a Kafka source
 * (no broker here, so the job is planned, not run).
 */
class KafkaSourceTest {
    @Test
    void theJobPlansOnAKafkaTopic() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        TrafficStreamJob.fromLines(
                RecordSources.kafka(env, "localhost:9092", "detectors", "smartcity"),
                StreamSettings.DEFAULT,
                output -> new LiveBoardSink("kafka-plan", 10, output));
        List<String> names = new ArrayList<>();
        for (StreamNode node : env.getStreamGraph().getStreamNodes()) {
            names.add(node.getOperatorName());
        }
        assertThat(names).anySatisfy(n -> assertThat(n).contains("detector topic detectors"));
        assertThat(names).contains("alarms: Writer", "lanes: Writer", "late: Writer");
    }
}
