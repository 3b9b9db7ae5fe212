package org.smartcity.traffic.network;

/** The movement a road link makes through its intersection. */
public enum TurnType {
    LEFT,
    STRAIGHT,
    RIGHT;
}
