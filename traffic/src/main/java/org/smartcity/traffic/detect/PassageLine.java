package org.smartcity.traffic.detect;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The line of a road a passage was recorded at; in JSON {@code "entry"} or {@code "stop"}. */
public enum PassageLine {
    /** Where vehicles enter the road from the upstream intersection. */
    @JsonProperty("entry")
    ENTRY,
    /** The stop line at the downstream intersection. */
    @JsonProperty("stop")
    STOP
}
