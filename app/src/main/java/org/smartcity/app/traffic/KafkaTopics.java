package org.smartcity.app.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.smartcity.app.cli.UserError;

/**
 * Checks a Kafka topic before a command uses it, so that an unreachable broker or a missing topic is a
 * one-line {@link UserError} after a bounded wait rather than a job that hangs or fails deep inside Flink
 * or the producer. Each call opens and closes its own admin client.
 */
final class KafkaTopics {
    private KafkaTopics() {}

    /**
     * The number of partitions of {@code topic}; when it does not exist and {@code createPartitions > 0},
     * creates it with that many partitions (replication factor: the broker's default).
     *
     * @param bootstrap {@code host:port[,host:port…]}, already checked with {@link #bootstrap}
     * @param wait how long to wait for a broker to answer
     * @throws UserError when no broker answers within {@code wait}, or the topic does not exist and may not
     *     be created
     */
    static int partitions(String bootstrap, String topic, int createPartitions, Duration wait) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        int wait_ms = (int) wait.toMillis();
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, wait_ms);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, wait_ms);
        try (Admin admin = Admin.create(p)) {
            try {
                return describe(admin, topic, wait);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw failure(bootstrap, wait, e.getCause());
                }
            }
            if (createPartitions <= 0) {
                throw new UserError("--topic: no topic '" + topic + "' at " + bootstrap + " (topics there: "
                        + topicList(admin, wait) + ")");
            }
            try {
                admin.createTopics(List.of(new NewTopic(
                                topic, java.util.Optional.of(createPartitions), java.util.Optional.empty())))
                        .all()
                        .get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new UserError("--topic: cannot create topic '" + topic + "' at " + bootstrap + ": "
                            + e.getCause().getMessage());
                }
            }
            return describe(admin, topic, wait);
        } catch (TimeoutException e) {
            throw unreachable(bootstrap, wait);
        } catch (ExecutionException e) {
            throw failure(bootstrap, wait, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while asking " + bootstrap + " for topic '" + topic + "'");
        } catch (KafkaException e) {
            throw new UserError("--kafka: " + bootstrap + ": " + rootMessage(e));
        }
    }

    /**
     * Checks a {@code host:port[,host:port…]} option value and returns it.
     *
     * @throws UserError naming the option when an entry is not {@code HOST:PORT}
     */
    static String bootstrap(String option, String value) {
        for (String server : value.split(",", -1)) {
            HostPort.parse(option, server.strip());
        }
        return value.replace(" ", "");
    }

    private static int describe(Admin admin, String topic, Duration wait)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, TopicDescription> topics =
                admin.describeTopics(List.of(topic)).allTopicNames().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        return topics.get(topic).partitions().size();
    }

    private static String topicList(Admin admin, Duration wait)
            throws ExecutionException, InterruptedException, TimeoutException {
        TreeSet<String> names = new TreeSet<>(admin.listTopics().names().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static UserError failure(String bootstrap, Duration wait, Throwable cause) {
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return unreachable(bootstrap, wait);
        }
        return new UserError("--kafka: " + bootstrap + ": " + rootMessage(cause));
    }

    private static UserError unreachable(String bootstrap, Duration wait) {
        return new UserError(
                "--kafka: no Kafka broker answered at " + bootstrap + " within " + wait.toSeconds() + " s");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
