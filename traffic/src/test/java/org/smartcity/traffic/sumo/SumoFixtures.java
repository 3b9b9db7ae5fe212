package org.smartcity.traffic.sumo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small SUMO network written by hand: dead ends {@code W} (west), {@code E} (east) and {@code N}
 * (north) around the signalised junction {@code C}. Edge {@code in} (W → C) has a sidewalk (SUMO
 * lane 0, pedestrians only) and one car lane; {@code out} (C → E) and {@code up} (C → N) one lane
 * each. Traffic light {@code C}: SUMO phase 0 (30 s) lets in → out go (link 0), phase 1 (3 s) is yellow,
 * phase 2 (20 s) lets in → up go (link 1). Both turns go via internal lanes.
 */
final class SumoFixtures {
    private SumoFixtures() {}

    static String net() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <net version="1.9">
                    <location netOffset="0.00,0.00"/>
                    <edge id=":C_0" function="internal">
                        <lane id=":C_0_0" index="0" speed="13.89" length="10.00" shape="195.00,-1.60 205.00,-1.60"/>
                    </edge>
                    <edge id=":C_1" function="internal">
                        <lane id=":C_1_0" index="0" speed="6.00" length="8.00" shape="195.00,-1.60 201.60,5.00"/>
                    </edge>
                    <edge id="in" from="W" to="C" priority="1">
                        <lane id="in_0" index="0" allow="pedestrian" speed="2.00" length="195.00" width="2.00" shape="0.00,-4.00 195.00,-4.00"/>
                        <lane id="in_1" index="1" speed="13.89" length="195.00" shape="0.00,-1.60 195.00,-1.60"/>
                    </edge>
                    <edge id="out" from="C" to="E" priority="1">
                        <lane id="out_0" index="0" speed="13.89" length="195.00" shape="205.00,-1.60 400.00,-1.60"/>
                    </edge>
                    <edge id="up" from="C" to="N" priority="1">
                        <lane id="up_0" index="0" speed="11.00" length="195.00" shape="201.60,5.00 201.60,200.00"/>
                    </edge>
                    <tlLogic id="C" type="static" programID="0" offset="0">
                        <phase duration="30" state="Gr"/>
                        <phase duration="3"  state="yr"/>
                        <phase duration="20" state="rG"/>
                    </tlLogic>
                    <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                    <junction id="C" type="traffic_light" x="200.00" y="0.00"/>
                    <junction id="E" type="dead_end" x="400.00" y="0.00"/>
                    <junction id="N" type="dead_end" x="200.00" y="200.00"/>
                    <junction id=":C_0_0" type="internal" x="200.00" y="0.00"/>
                    <connection from="in" to="out" fromLane="1" toLane="0" via=":C_0_0" tl="C" linkIndex="0" dir="s" state="O"/>
                    <connection from="in" to="up" fromLane="1" toLane="0" via=":C_1_0" tl="C" linkIndex="1" dir="l" state="o"/>
                    <connection from=":C_0" to="out" fromLane="0" toLane="0" dir="s" state="M"/>
                    <connection from=":C_1" to="up" fromLane="0" toLane="0" dir="l" state="M"/>
                </net>
                """;
    }

    static String routes() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <routes>
                    <vType id="car" accel="2.0" decel="4.5" length="4.5" minGap="2.0" maxSpeed="30" tau="1.2"/>
                    <route id="straight" edges="in out"/>
                    <vehicle id="early" type="car" route="straight" depart="50"/>
                    <vehicle id="v1" type="car" route="straight" depart="110"/>
                    <vehicle id="v2" depart="120.5">
                        <route edges="in up"/>
                    </vehicle>
                    <trip id="t1" type="car" depart="130" from="in" to="up"/>
                    <flow id="f1" type="car" route="straight" begin="90" end="160" period="20"/>
                </routes>
                """;
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
