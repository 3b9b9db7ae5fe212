package org.smartcity.traffic.sim;

import java.util.Arrays;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * SUMO model: routes trips when their vehicles depart, on the travel times drivers know at that
 * moment, as SUMO does for trips (they get its routing device and are routed on entering the
 * network). Every second each road's mean speed is sampled (the mean speed of the vehicles on its
 * lanes, or its top speed limit when it is empty); a road's travel time is its length over the mean
 * of its last {@link #SAMPLES} samples, never below free flow. Crossing a junction from one road to
 * the next costs time too, as in SUMO's routers (they add the internal lanes between two edges):
 * the free-flow time of the fastest lane link, scaled by the free speed over the moving mean of the
 * speeds of the vehicles on those lane links (sampled the same way), never below free flow. Routes
 * are Dijkstra's fastest routes on those times through the trip's stops. Deterministic; not
 * thread-safe.
 */
final class TripRouter {
    /** Samples in the moving average of a road's speed (SUMO's {@code device.rerouting.adaptation-steps}). */
    static final int SAMPLES = 180;
    /** Seconds between samples (SUMO's {@code device.rerouting.adaptation-interval}). */
    static final double SAMPLE_INTERVAL_S = 1;

    private final RoadNetwork network;
    private final int roads;
    private final double[] length_m;
    private final double[] freeSpeed_mps;
    private final int[] successorStart;
    private final int[] successors;
    /** Per successor entry (a junction crossing from a road to the next), the lane links that cross it. */
    private final int[][] viaLinks;
    /** Per successor entry, the free-flow time through the junction on its fastest lane link, s. */
    private final double[] viaTime_s;
    /** Per successor entry, the highest limit of its lane links, m/s. */
    private final double[] viaFree_mps;
    /** The last {@link #SAMPLES} speed samples of each junction crossing: [k * successors + entry]. */
    private final double[] viaSamples;

    private final double[] viaSampleSum;
    /** The last {@link #SAMPLES} speed samples, sample k of every road together: [k * roads + road]. */
    private final double[] samples;

    private final double[] sampleSum;
    private final double[] speedSum;
    private final int[] vehicleCount;
    private int nextSample;
    private double lastSample_s = Double.NEGATIVE_INFINITY;
    private final double[] dist;
    private final int[] previous;
    private final int[] stamp;
    private int search;
    private int[] heap;
    private double[] heapKey;

    TripRouter(RoadNetwork network) {
        this.network = network;
        this.roads = network.roadCount();
        length_m = new double[roads];
        freeSpeed_mps = new double[roads];
        for (int r = 0; r < roads; r++) {
            length_m[r] = network.laneLength_m(network.firstLane(r));
            for (int k = 0; k < network.laneCount(r); k++) {
                freeSpeed_mps[r] = Math.max(freeSpeed_mps[r], network.laneMaxSpeed_mps(network.firstLane(r) + k));
            }
        }
        int[][] adjacency = new int[roads][];
        int[] size = new int[roads];
        for (int r = 0; r < roads; r++) {
            adjacency[r] = new int[2];
        }
        for (int link = 0; link < network.roadLinkCount(); link++) {
            int from = network.roadLinkFromRoad(link);
            int to = network.roadLinkToRoad(link);
            if (network.laneLinksOf(link).length == 0 || from == to) {
                continue;
            }
            boolean dup = false;
            for (int i = 0; i < size[from]; i++) {
                dup |= adjacency[from][i] == to;
            }
            if (!dup) {
                if (size[from] == adjacency[from].length) {
                    adjacency[from] = Arrays.copyOf(adjacency[from], size[from] * 2);
                }
                adjacency[from][size[from]++] = to;
            }
        }
        successorStart = new int[roads + 1];
        for (int r = 0; r < roads; r++) {
            successorStart[r + 1] = successorStart[r] + size[r];
        }
        successors = new int[successorStart[roads]];
        for (int r = 0; r < roads; r++) {
            System.arraycopy(adjacency[r], 0, successors, successorStart[r], size[r]);
        }
        // SUMO's routers add the time through the junction (its internal lanes) between two edges,
        // on the internal lanes' own measured speeds
        int entries = successors.length;
        viaLinks = new int[entries][0];
        viaTime_s = new double[entries];
        viaFree_mps = new double[entries];
        Arrays.fill(viaTime_s, Double.POSITIVE_INFINITY);
        for (int link = 0; link < network.roadLinkCount(); link++) {
            int from = network.roadLinkFromRoad(link);
            int to = network.roadLinkToRoad(link);
            for (int i = successorStart[from]; i < successorStart[from + 1]; i++) {
                if (successors[i] != to) {
                    continue;
                }
                for (int m : network.laneLinksOf(link)) {
                    double limit = laneLinkLimit_mps(network, m);
                    viaTime_s[i] = Math.min(viaTime_s[i], network.laneLinkLength_m(m) / limit);
                    viaFree_mps[i] = Math.max(viaFree_mps[i], limit);
                    viaLinks[i] = Arrays.copyOf(viaLinks[i], viaLinks[i].length + 1);
                    viaLinks[i][viaLinks[i].length - 1] = m;
                }
            }
        }
        viaSamples = new double[entries * SAMPLES];
        viaSampleSum = new double[entries];
        for (int k = 0; k < SAMPLES; k++) {
            System.arraycopy(viaFree_mps, 0, viaSamples, k * entries, entries);
        }
        for (int i = 0; i < entries; i++) {
            viaSampleSum[i] = viaFree_mps[i] * SAMPLES;
        }
        samples = new double[roads * SAMPLES];
        sampleSum = new double[roads];
        for (int k = 0; k < SAMPLES; k++) {
            System.arraycopy(freeSpeed_mps, 0, samples, k * roads, roads);
        }
        for (int r = 0; r < roads; r++) {
            sampleSum[r] = freeSpeed_mps[r] * SAMPLES;
        }
        speedSum = new double[roads];
        vehicleCount = new int[roads];
        dist = new double[roads];
        previous = new int[roads];
        stamp = new int[roads];
        heap = new int[64];
        heapKey = new double[64];
    }

    /** Takes this step's speed sample of every road, once per {@link #SAMPLE_INTERVAL_S}. */
    void sample(SimulationState s) {
        double now = s.time_s();
        if (now < lastSample_s + SAMPLE_INTERVAL_S - 1e-9) {
            return;
        }
        lastSample_s = now;
        Arrays.fill(speedSum, 0);
        Arrays.fill(vehicleCount, 0);
        DrivableQueues q = s.onDrivable;
        double[] speeds = s.speed_mps;
        int laneCount = s.drivables.laneCount;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            if (d >= laneCount) {
                continue; // a lane link
            }
            int road = network.laneRoad(d);
            double sum = speedSum[road];
            int n = q.size(d);
            for (int i = 0; i < n; i++) {
                sum += speeds[q.get(d, i)];
            }
            speedSum[road] = sum;
            vehicleCount[road] += n;
        }
        int k = nextSample;
        int base = k * roads;
        for (int r = 0; r < roads; r++) {
            double speed = vehicleCount[r] > 0 ? speedSum[r] / vehicleCount[r] : freeSpeed_mps[r];
            int at = base + r;
            sampleSum[r] += speed - samples[at];
            samples[at] = speed;
        }
        sampleJunctions(s, k);
        nextSample = (k + 1) % SAMPLES;
    }

    /** A lane link's own limit, or where it has none the lower of its two lanes' limits, m/s. */
    private static double laneLinkLimit_mps(RoadNetwork network, int m) {
        double limit = network.laneLinkMaxSpeed_mps(m);
        if (Double.isNaN(limit)) {
            limit = Math.min(
                    network.laneMaxSpeed_mps(network.laneLinkFromLane(m)),
                    network.laneMaxSpeed_mps(network.laneLinkToLane(m)));
        }
        return limit;
    }

    /** Sample {@code k} of each junction crossing: the mean speed of the vehicles on its lane links, else its limit. */
    private void sampleJunctions(SimulationState s, int k) {
        int entries = viaLinks.length;
        DrivableQueues q = s.onDrivable;
        int laneCount = s.drivables.laneCount;
        for (int i = 0; i < entries; i++) {
            double sum = 0;
            int count = 0;
            for (int m : viaLinks[i]) {
                int d = laneCount + m;
                int size = q.size(d);
                for (int j = 0; j < size; j++) {
                    sum += s.speed_mps[q.get(d, j)];
                }
                count += size;
            }
            double speed = count > 0 ? sum / count : viaFree_mps[i];
            int at = k * entries + i;
            viaSampleSum[i] += speed - viaSamples[at];
            viaSamples[at] = speed;
        }
    }

    /** The time drivers now expect to cross the junction of successor entry {@code i}, never below free flow, s. */
    private double viaCost_s(int i) {
        if (viaFree_mps[i] <= 0) {
            return viaTime_s[i];
        }
        double speed = Math.min(viaFree_mps[i], viaSampleSum[i] / SAMPLES);
        double length_m = viaTime_s[i] * viaFree_mps[i];
        return Math.max(viaTime_s[i], length_m / Math.max(speed, 1e-3));
    }

    /** The travel time drivers now expect on road {@code r}, s. */
    double travelTime_s(int r) {
        double speed = Math.min(freeSpeed_mps[r], sampleSum[r] / SAMPLES);
        return length_m[r] / Math.max(speed, 1e-3);
    }

    /** The fastest route through {@code stops} (origin, vias, destination) on the present times, or null if none. */
    int[] route(int[] stops) {
        int[] route = {stops[0]};
        for (int k = 1; k < stops.length; k++) {
            int[] leg = leg(stops[k - 1], stops[k]);
            if (leg == null) {
                return null;
            }
            int n = route.length;
            route = Arrays.copyOf(route, n + leg.length - 1);
            System.arraycopy(leg, 1, route, n, leg.length - 1);
        }
        return route;
    }

    private int[] leg(int from, int to) {
        if (from == to) {
            return new int[] {from};
        }
        search++;
        int size = 0;
        stamp[from] = search;
        dist[from] = 0;
        previous[from] = -1;
        size = push(size, from, 0);
        while (size > 0) {
            int r = heap[0];
            double d = heapKey[0];
            size = pop(size);
            if (d > dist[r]) {
                continue;
            }
            if (r == to) {
                break;
            }
            for (int i = successorStart[r]; i < successorStart[r + 1]; i++) {
                int n = successors[i];
                double nd = d + viaCost_s(i) + travelTime_s(n);
                if (stamp[n] != search || nd < dist[n] - 1e-12) {
                    stamp[n] = search;
                    dist[n] = nd;
                    previous[n] = r;
                    size = push(size, n, nd);
                }
            }
        }
        if (stamp[to] != search) {
            return null;
        }
        int length = 1;
        for (int r = to; previous[r] >= 0; r = previous[r]) {
            length++;
        }
        int[] leg = new int[length];
        for (int r = to, i = length - 1; r >= 0; r = previous[r], i--) {
            leg[i] = r;
        }
        return leg;
    }

    private int push(int size, int node, double key) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            heapKey = Arrays.copyOf(heapKey, size * 2);
        }
        int i = size;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heapKey[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            heapKey[i] = heapKey[parent];
            i = parent;
        }
        heap[i] = node;
        heapKey[i] = key;
        return size + 1;
    }

    private int pop(int size) {
        size--;
        int node = heap[size];
        double key = heapKey[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heap[i] = heap[child];
            heapKey[i] = heapKey[child];
            i = child;
        }
        if (size > 0) {
            heap[i] = node;
            heapKey[i] = key;
        }
        return size;
    }
}
