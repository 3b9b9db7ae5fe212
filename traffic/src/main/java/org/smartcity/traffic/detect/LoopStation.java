package org.smartcity.traffic.detect;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a loop detector sits on its lane; in JSON {@code "up"} or {@code "down"}. */
public enum LoopStation {
    /** Near the lane's start, where vehicles enter the link. */
    @JsonProperty("up")
    UP,
    /** Just before the stop line. */
    @JsonProperty("down")
    DOWN
}
