package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built detector readings: vehicles placed on lanes at a distance from the stop line, moving or
 * waiting, and a stop-line counter per lane. Consistent across ranges, like a real detector.
 */
final class FakeReadings implements LaneReadings {
    private record Vehicle(double distance_m, boolean waiting) {}

    private final Map<Integer, List<Vehicle>> vehicles = new HashMap<>();
    private final Map<Integer, Long> departures = new HashMap<>();

    /** Adds {@code count} vehicles waiting at the stop line of {@code lane}. */
    FakeReadings waiting(int lane, int count) {
        for (int i = 0; i < count; i++) {
            add(lane, 7.5 * i, true);
        }
        return this;
    }

    /** Adds a vehicle moving towards the stop line of {@code lane}, {@code distance_m} before it. */
    FakeReadings moving(int lane, double distance_m) {
        return add(lane, distance_m, false);
    }

    FakeReadings add(int lane, double distance_m, boolean waiting) {
        vehicles.computeIfAbsent(lane, l -> new ArrayList<>()).add(new Vehicle(distance_m, waiting));
        return this;
    }

    FakeReadings departures(int lane, long count) {
        departures.put(lane, count);
        return this;
    }

    void clear() {
        vehicles.clear();
    }

    @Override
    public int vehicles(int lane, double range_m) {
        int n = 0;
        for (Vehicle v : vehicles.getOrDefault(lane, List.of())) {
            if (v.distance_m() <= range_m) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int waitingVehicles(int lane, double range_m) {
        int n = 0;
        for (Vehicle v : vehicles.getOrDefault(lane, List.of())) {
            if (v.waiting() && v.distance_m() <= range_m) {
                n++;
            }
        }
        return n;
    }

    @Override
    public long departures(int lane) {
        return departures.getOrDefault(lane, 0L);
    }
}
