package org.smartcity.traffic.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One network with the flow files beside it: a folder holding exactly one {@code roadnet*.json} and
 * any number of other {@code *.json} flow files. Immutable.
 *
 * @param network the folder's name
 * @param roadnet the roadnet file
 * @param flows the flow files, sorted by name
 */
public record DataSet(String network, Path roadnet, List<Path> flows) {
    public DataSet {
        flows = List.copyOf(flows);
    }

    /**
     * Finds every data set under {@code root} (the root itself and its sub-folders, any depth), in
     * path order. Folders with no or several roadnet files are skipped.
     */
    public static List<DataSet> discover(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<DataSet> found = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            List<Path> json;
            try (Stream<Path> list = Files.list(folder)) {
                json = list.filter(p -> Files.isRegularFile(p)
                                && p.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
            List<Path> roadnets = json.stream()
                    .filter(p -> p.getFileName().toString().startsWith("roadnet"))
                    .toList();
            if (roadnets.size() != 1) {
                continue;
            }
            List<Path> flows = json.stream().filter(p -> !roadnets.contains(p)).toList();
            if (!flows.isEmpty()) {
                found.add(new DataSet(folder.getFileName().toString(), roadnets.get(0), flows));
            }
        }
        return found;
    }
}
