package org.smartcity.court.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and times of day, resolved against the date of the record. */
class DateTimeExtractorTest {
    private static final LocalDate RECORD = LocalDate.of(2024, 3, 11);

    private static TimeMention one(String text) {
        List<TimeMention> m = DateTimeExtractor.extract(text, RECORD);
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    @Test
    void fullDateWithPartOfDay() {
        TimeMention t = one("2024年3月9日晚9时许，嫌疑人进入");
        assertThat(t.date()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(t.minuteOfDay()).isEqualTo(21 * 60);
        assertThat(t.halfDayAmbiguous()).isFalse();
    }

    @Test
    void relativeDaysUseTheRecordDate() {
        assertThat(one("今天下午2点左右").date()).isEqualTo(RECORD);
        assertThat(one("今天下午2点左右").minuteOfDay()).isEqualTo(14 * 60);
        assertThat(one("昨晚11点半").date()).isEqualTo(RECORD.minusDays(1));
        assertThat(one("昨晚11点半").minuteOfDay()).isEqualTo(23 * 60 + 30);
    }

    @Test
    void nextDayIsAfterTheLastDateMentioned() {
        List<TimeMention> m = DateTimeExtractor.extract("3月9日晚上10点到了那里，次日凌晨1点离开", RECORD);
        assertThat(m).hasSize(2);
        assertThat(m.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(m.get(1).minuteOfDay()).isEqualTo(60);
    }

    @Test
    void monthAndDayTakeTheRecordYearOrTheYearBefore() {
        assertThat(one("3月9日").date()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(one("12月30日").date()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(one("二〇二四年三月九日").date()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void bareHoursAreAmbiguousAndInheritTheDate() {
        List<TimeMention> m = DateTimeExtractor.extract("3月9日晚上8点多出发，9点半左右到", RECORD);
        assertThat(m).hasSize(2);
        assertThat(m.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(m.get(1).minuteReadings()).containsExactly(9 * 60 + 30, 21 * 60 + 30);
        assertThat(one("21:30").minuteOfDay()).isEqualTo(21 * 60 + 30);
    }

    @Test
    void birthDatesAndIdiomsAreNotTimes() {
        assertThat(DateTimeExtractor.extract("我叫张三，1994年2月18日出生", RECORD)).isEmpty();
        assertThat(DateTimeExtractor.extract("我一时冲动，有两点要说明", RECORD)).isEmpty();
    }

    @Test
    void rejectedClausesGiveNoMentionButStillServeAsContext() {
        List<TimeMention> m = DateTimeExtractor.extract("3月9日被抓获，当天晚上8点多做的笔录，当晚11点离开", RECORD, c -> !c.contains("抓获"));
        assertThat(m).hasSize(2);
        assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void aDayWithoutAMonthIsInTheMonthOfTheLastDate() {
        List<TimeMention> m = DateTimeExtractor.extract("头一回是2月26日夜里，后一回是28号凌晨三点。去了3号楼。", RECORD);
        assertThat(m).hasSize(2);
        assertThat(m.get(1).date()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(m.get(1).minuteOfDay()).isEqualTo(3 * 60);
    }
}
