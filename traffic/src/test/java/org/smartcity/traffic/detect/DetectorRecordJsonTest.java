package org.smartcity.traffic.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectorRecordJsonTest {
    @Test
    void everyKindRoundTripsThroughOneLineWithItsType() throws InvalidRecordException {
        List<DetectorRecord> records = List.of(
                new LoopRecord(10_000, "r_0/up", "r", 0, LoopStation.UP, 20, 10, 3, 0.125, 9.5),
                new LoopRecord(10_000, "r_0/mid1", "r", 0, LoopStation.MID, 157, 10, 2, 0.1, 10.5),
                new VehicleObservation(11_000, "cam-r", "r", 2, 77, 42.5, 3.25),
                new PassageRecord(12_000, "cam-r", "r", 1, PassageLine.STOP, "ab12"));
        for (DetectorRecord r : records) {
            String line = DetectorRecordJson.write(r);
            assertThat(line).doesNotContain("\n").contains("\"type\":");
            assertThat(DetectorRecordJson.read(line)).isEqualTo(r);
        }
        assertThat(DetectorRecordJson.write(records.get(0))).contains("\"type\":\"loop\"", "\"station\":\"up\"");
        assertThat(DetectorRecordJson.write(records.get(1))).contains("\"station\":\"mid\"");
        assertThat(DetectorRecordJson.write(records.get(3))).contains("\"line\":\"stop\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\":\"loop\",\"time_ms\":1,\"detector\":\"d\",\"road\":\"r\",\"lane\":0,\"station\":\"up\","
                        + "\"position_m\":1,\"interval_s\":10,\"count\":1,\"occupancy\":1.5,\"speed_mps\":1}"
                        + "|occupancy must be in 0..1, got 1.5",
                "{\"type\":\"vehicle\",\"time_ms\":1,\"camera\":\"c\",\"road\":\"r\",\"lane\":0,\"track\":1,"
                        + "\"distance_m\":1,\"speed_mps\":1,\"plate\":\"A1\"}|unknown field 'plate'",
                "{\"type\":\"radar\"}|type must be loop, vehicle or passage, got radar",
                "{\"time_ms\":1}|type must be loop, vehicle or passage, got none",
                "{\"type\":\"passage\",\"time_ms\":1,\"camera\":\"c\",\"road\":\"r\",\"lane\":0,\"line\":\"stop\"}"
                        + "|token is missing",
                "not json|not valid JSON",
            })
    void invalidLinesAreRejectedWithTheFieldAndReason(String line, String reason) {
        assertThatThrownBy(() -> DetectorRecordJson.read(line))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
    }
}
