package org.smartcity.traffic.network;

/** How a lane link is controlled where no signal shows it green or red: what drivers do on the approach. */
public enum LinkControl {
    /** Drives through; yields only where the network says so. */
    MAJOR,
    /** Yields to foes it cannot see far: slows on the approach so that it could stop at the stop line. */
    MINOR,
    /** Stops at the stop line before going on (a stop sign, an all-way stop). */
    STOP
}
