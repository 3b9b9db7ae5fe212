package org.smartcity.court.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.PlaceMention;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;

/** A bare time takes the event of the predicate after it; denied places and directions are no places of the act. */
class TimeAndPlaceBindingTest {
    @Test
    void aBareTimeBelongsToTheClauseAfterIt() {
        String text = "上周六晚上7点左右，我们一家出门吃饭，回来发现门被撬了。";
        List<FactFrame> frames = FrameReader.read(text);
        assertThat(TimeBinding.eventFrame(frames, text.indexOf("7点")).event()).isEqualTo(Event.ROUTINE);
    }

    @Test
    void aBareTimeBeforeAnUncuedClauseStaysWithTheOffence() {
        String text = "晚上11点多，我在车库门口，看见他撬开了车锁。";
        List<FactFrame> frames = FrameReader.read(text);
        assertThat(TimeBinding.eventFrame(frames, text.indexOf("11点")).event()).isEqualTo(Event.OFFENCE);
    }

    @Test
    void aDeniedPlaceAndAFlightDirectionAreNotRead() {
        List<Stated<PlaceMention>> places =
                PlaceReading.read(FrameReader.read("他抢了我的包，然后往中山北路方向逃了。不是解放路，是在建设路口抢的。"), EnumSet.of(Event.OFFENCE));
        assertThat(places).extracting(p -> p.value().roads()).containsExactly(java.util.Set.of("建设路"));
    }

    @Test
    void aRoutineClauseInASentenceTellingTheActGivesThePlace() {
        List<Stated<PlaceMention>> places =
                PlaceReading.read(FrameReader.read("我把车停在人民路口，看见一个人在偷旁边的电动车。"), EnumSet.of(Event.OFFENCE));
        assertThat(places).extracting(p -> p.value().roads()).containsExactly(java.util.Set.of("人民路"));
    }
}
