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

    @Test
    void aTimeToldAcrossTwoClausesOfOneAnswerIsReadAsOne() {
        java.time.LocalDateTime record = java.time.LocalDateTime.of(2024, 5, 20, 10, 0);
        LocalDate offence = LocalDate.of(2024, 5, 16);
        List<TimeMention> m = DateTimeExtractor.extract("大概是16号半夜，三点来钟的样子，我翻进了他家院子", record, offence);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(m.get(0).minuteOfDay()).isEqualTo(3 * 60);
        List<TimeMention> late = DateTimeExtractor.extract("那是16号后半夜，两点钟吧", record, offence);
        assertThat(late).hasSize(1);
        assertThat(late.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(late.get(0).minuteOfDay()).isEqualTo(2 * 60);
    }

    @Test
    void aDayWithoutMonthBeforeAnyDateIsInTheMonthNearestTheOffence() {
        java.time.LocalDateTime record = java.time.LocalDateTime.of(2024, 7, 3, 9, 0);
        // the offence on 30 June: "29号" is 29 June, "1号" is 1 July
        List<TimeMention> m = DateTimeExtractor.extract("29号晚上九点多我去的，1号上午又去了一趟", record, LocalDate.of(2024, 6, 30));
        assertThat(m)
                .extracting(TimeMention::date)
                .containsExactly(LocalDate.of(2024, 6, 29), LocalDate.of(2024, 7, 1));
        // without a context day, no date is guessed
        assertThat(DateTimeExtractor.extract("29号晚上九点多我去的", record)).allMatch(t -> t.date() == null);
    }

    @Test
    void dialectDaysAndApproximateHoursAreRead() {
        TimeMention t = one("昨儿夜里十一点来钟，他敲的门");
        assertThat(t.date()).isEqualTo(RECORD.minusDays(1));
        assertThat(t.minuteOfDay()).isEqualTo(23 * 60);
        // a separate clause that does not start with an hour is not joined, and 一点来不及 is no time
        assertThat(DateTimeExtractor.extract("3月3号晚上，一点来不及了", RECORD))
                .noneMatch(x -> x.minuteOfDay() != null && x.minuteOfDay() == 60);
    }
}
