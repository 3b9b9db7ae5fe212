package org.smartcity.stream.job;

import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where each output of the job goes, as JSON lines. Output names: {@code lanes}, {@code roads},
 * {@code cameras}, {@code travel-times}, {@code alarms}, {@code late} and {@code rejected}
 * ({@link TrafficStreamJob#OUTPUTS}). Implementations must be serialisable like any Flink sink.
 */
@FunctionalInterface
public interface StreamOutputs extends java.io.Serializable {
    Sink<String> sink(String output);
}
