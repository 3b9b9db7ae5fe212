package org.smartcity.traffic.live;

import java.util.Objects;

/**
 * An incident an operator injected into the live twin (a blocked lane), shown on the map while it lasts.
 *
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param position_m distance of the obstacle from the lane's start
 * @param from_s simulated time the lane is blocked from
 * @param until_s simulated time it clears
 */
public record TwinIncident(String road, int lane, double position_m, double from_s, double until_s) {
    public TwinIncident {
        Objects.requireNonNull(road, "road");
    }
}
