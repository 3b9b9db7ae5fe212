package org.smartcity.traffic.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.smartcity.traffic.cityflow.CityFlowFlowReader;
import org.smartcity.traffic.cityflow.CityFlowRoadnetReader;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.SignalControllerFactory;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.signal.SignalRunner;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * A network with its demand, loaded and validated, ready to start any number of independent
 * simulations. Immutable and safe to share.
 */
public final class Scenario {
    private final String name;
    private final RoadNetwork network;
    private final Demand demand;
    private final List<String> warnings;

    public Scenario(String name, RoadNetwork network, Demand demand) {
        this(name, network, demand, List.of());
    }

    /** @param warnings what the input files asked for that is not modelled, one line each */
    public Scenario(String name, RoadNetwork network, Demand demand, List<String> warnings) {
        this.name = name;
        this.network = network;
        this.demand = demand;
        this.warnings = List.copyOf(warnings);
    }

    /** What the input files asked for that the simulation does not model, one line each; never null. */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads a CityFlow roadnet and flow file; any problem is reported with file, JSON path and reason. */
    public static Scenario loadCityFlow(Path roadnet, Path flow) throws InvalidInputException {
        CityFlowFlowReader flowReader = new CityFlowFlowReader();
        // the flow file is parsed on a second thread while the network is read and checked
        CompletableFuture<JsonNode> flowTree = CompletableFuture.supplyAsync(() -> {
            try {
                return flowReader.parse(flow);
            } catch (InvalidInputException e) {
                throw new CompletionException(e);
            }
        });
        RoadNetwork network;
        try {
            network = new CityFlowRoadnetReader().read(roadnet);
        } catch (InvalidInputException e) {
            flowTree.cancel(false);
            throw e;
        }
        JsonNode tree;
        try {
            tree = flowTree.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw e;
        }
        Demand demand = flowReader.read(flow, tree, network);
        String flowName = flow.getFileName().toString().replaceFirst("\\.json$", "");
        return new Scenario(flowName, network, demand);
    }

    public String name() {
        return name;
    }

    public RoadNetwork network() {
        return network;
    }

    public Demand demand() {
        return demand;
    }

    /** Starts a fresh simulation with one controller of {@code factory} per signalised intersection. */
    public Simulation newSimulation(SignalControllerFactory factory, SignalProtocol protocol, SimulationConfig config) {
        return new Simulation(network, demand, new SignalRunner(network, factory, protocol), config);
    }
}
