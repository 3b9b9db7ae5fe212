package org.smartcity.traffic.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heavier demand from the same flows: the file's vehicles kept, seeded copies shortly after them. */
class DemandScalingTest {
    private static Demand fileLike() {
        List<Flow> flows = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            flows.add(new Flow(VehicleType.PASSENGER_CAR, new int[] {k % 3, 3}, 1.0, 5.0 * k, 5.0 * k));
        }
        flows.add(new Flow(VehicleType.PASSENGER_CAR, new int[] {7}, 10.0, 0, 990)); // 100 vehicles
        return new Demand(flows);
    }

    @Test
    void factorOneIsTheSameDemand() {
        Demand d = fileLike();
        assertThat(DemandScaling.scaled(d, 1, 1)).isSameAs(d);
    }

    @Test
    void wholeFactorsCopyEveryVehicleOnItsRouteShortlyAfterIt() {
        Demand d = fileLike();
        Demand doubled = DemandScaling.scaled(d, 2, 1);

        assertThat(doubled.vehicleCount()).isEqualTo(2 * d.vehicleCount());
        assertThat(doubled.flows().subList(0, d.flows().size()))
                .as("the file's flows stay first and unchanged")
                .isEqualTo(d.flows());
        List<Flow> extra =
                doubled.flows().subList(d.flows().size(), doubled.flows().size());
        for (int k = 0; k < 400; k++) {
            Flow copy = extra.get(k);
            assertThat(copy.route()).containsExactly(k % 3, 3);
            assertThat(copy.startTime_s()).isBetween(5.0 * k, 5.0 * k + DemandScaling.SPREAD_S - 1);
            assertThat(copy.vehicleCount()).isEqualTo(1);
        }
    }

    @Test
    void fractionalFactorsAreSeededAndNearTheirShare() {
        Demand d = fileLike();
        Demand a = DemandScaling.scaled(d, 1.5, 9);
        Demand b = DemandScaling.scaled(d, 1.5, 9);

        assertThat(a.vehicleCount()).isEqualTo(b.vehicleCount());
        assertThat(a.flows().get(a.flows().size() - 1).startTime_s())
                .isEqualTo(b.flows().get(b.flows().size() - 1).startTime_s());
        assertThat(a.vehicleCount()).isBetween(700, 800); // 750 expected, sd ~11
    }

    @Test
    void factorsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> DemandScaling.scaled(fileLike(), 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> DemandScaling.scaled(fileLike(), Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
