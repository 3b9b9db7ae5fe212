package org.smartcity.stream.window;

/**
 * One vehicle's time from a road's entry line to its stop line, paired by the passages' pseudonymous
 * token.
 *
 * @param road road id
 * @param lane lane at the stop line
 * @param time_ms time it crossed the stop line, ms
 * @param travel_s seconds from entry to stop line
 */
public record TravelTime(String road, int lane, long time_ms, double travel_s) {}
