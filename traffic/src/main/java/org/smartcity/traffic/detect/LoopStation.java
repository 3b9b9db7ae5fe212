package org.smartcity.traffic.detect;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a loop detector sits on its lane; in JSON {@code "up"}, {@code "mid"} or {@code "down"}. A lane
 * has one upstream and one downstream station and any number of mid-block stations between them; the
 * record's {@code position_m} tells stations of one lane apart and orders them.
 */
public enum LoopStation {
    /** Near the lane's start, where vehicles enter the link. */
    @JsonProperty("up")
    UP,
    /** Mid-block, between the upstream and the downstream station. */
    @JsonProperty("mid")
    MID,
    /** Just before the stop line. */
    @JsonProperty("down")
    DOWN
}
