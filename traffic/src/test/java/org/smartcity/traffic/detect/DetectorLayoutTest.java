package org.smartcity.traffic.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectorLayoutTest {
    @Test
    void midBlockStationsSplitTheStretchBetweenTheUpstreamAndTheStopLineLoopEvenly() {
        DetectorLayout three = DetectorLayout.DEFAULT.withLoopStations(3);
        assertThat(three.stationPositions_m(300)).containsExactly(20, 157, 294);
        assertThat(three.station(0)).isEqualTo(LoopStation.UP);
        assertThat(three.station(1)).isEqualTo(LoopStation.MID);
        assertThat(three.station(2)).isEqualTo(LoopStation.DOWN);
        assertThat(DetectorLayout.DEFAULT.withLoopStations(2).stationPositions_m(300))
                .containsExactly(20, 294);
    }

    @Test
    void onALaneTooShortForTheLayoutTheStationsCoincideInsteadOfCrossing() {
        assertThat(DetectorLayout.DEFAULT.withLoopStations(3).stationPositions_m(15))
                .containsExactly(15, 15, 15);
    }

    @Test
    void aLaneNeedsAnUpstreamAndADownstreamStation() {
        assertThatThrownBy(() -> DetectorLayout.DEFAULT.withLoopStations(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loop stations per lane must be 2..8, got 1");
    }
}
