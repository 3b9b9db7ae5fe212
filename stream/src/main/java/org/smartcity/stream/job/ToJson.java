package org.smartcity.stream.job;

import org.apache.flink.api.common.functions.MapFunction;
import org.smartcity.stream.source.Json;

/**
 * Maps a result to one line of JSON. A class rather than the method reference {@code Json::line}:
 * serialisable lambdas of the same method deserialise to one shared instance whose cast is that of the
 * first use, which breaks when the reference is used for several element types.
 */
final class ToJson<T> implements MapFunction<T, String> {
    @Override
    public String map(T value) {
        return Json.line(value);
    }
}
