package org.smartcity.court.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OffenceDateTest {
    @Test
    void takesTheFirstYearAndMonthInArabicOrChineseNumerals() {
        assertThat(OffenceDate.first("公诉机关指控，1995年6月26日18时许，被告人在某地与被害人争吵。2016年3月被抓获。"))
                .contains(YearMonth.of(1995, 6));
        assertThat(OffenceDate.first("农历1992年5月份的一天，被告人武某与武某甲发生口角")).contains(YearMonth.of(1992, 5));
        assertThat(OffenceDate.first("一九九三年十月三十一日十五时许，被告人王某与他人厮打")).contains(YearMonth.of(1993, 10));
        assertThat(OffenceDate.first("２０１６年１２月３日，被告人驾车")).contains(YearMonth.of(2016, 12));
    }

    @Test
    void skipsBirthDatesAndImpossibleDates() {
        assertThat(OffenceDate.first("被告人李某，1970年5月出生，2014年7月21日16时许在兴城市殴打他人")).contains(YearMonth.of(2014, 7));
        assertThat(OffenceDate.first("编号1234年13月的记录，2015年2月被告人盗窃")).contains(YearMonth.of(2015, 2));
    }

    @Test
    void isEmptyWithoutAYearAndMonth() {
        assertThat(OffenceDate.first("被告人于某日在某地殴打他人，2016年间多次作案")).isEmpty();
        assertThat(OffenceDate.first("")).isEmpty();
        assertThat(OffenceDate.first(null)).isEmpty();
    }
}
