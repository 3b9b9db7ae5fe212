package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcity.court.review.HandWrittenCases.reviewTwoSuspects;
import static org.smartcity.court.review.HandWrittenCases.signedItem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * Causes found on the blind sets o and p (issue 16, round 7), one test each with sentences of its own.
 */
class RoundSevenWordingsTest {
    @Test
    void moneyLeftBehindIsNotTheLoss() throws Exception {
        String offence = "{\"time\": \"2024-03-02T02:00:00+08:00\", \"amount_cny\": 4200,"
                + " \"text\": \"周立新入户窃取孔海燕家中笔记本电脑一台，价值4200元。\"}";
        String victim =
                signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：丢了什么？\\n答：电脑没了，抽屉里放着的五百块钱倒是没动。");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：还拿了什么？\\n答：桌上有一千来块钱，我没敢拿。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, victim, suspect), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        // money taken alongside an object left behind is still the loss
        String taken =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：拿了什么？\\n答：拿了抽屉里一千块钱没拿电脑。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, taken), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void aDayOfTheMonthFallsInsideARepeatedOffencesSpan() {
        // the acts ran from 3 to 27 September; the record was made on the 28th
        LocalDateTime record = LocalDateTime.of(2024, 9, 28, 10, 0);
        List<TimeMention> t = DateTimeExtractor.extract(
                "答：27号晚上十点多我又看见他从仓库出来。", record, LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 27));
        assertThat(t).isNotEmpty();
        assertThat(t.get(0).date()).isEqualTo(LocalDate.of(2024, 9, 27));
        // a single day as context: the nearest month, never after the record was made
        List<TimeMention> before = DateTimeExtractor.extract(
                "答：29号晚上他来过一次。", LocalDateTime.of(2024, 10, 2, 9, 0), LocalDate.of(2024, 10, 1));
        assertThat(before.get(0).date()).isEqualTo(LocalDate.of(2024, 9, 29));
    }

    @Test
    void aTownBehindACountyWithoutItsSuffixIsTheSameTown() throws Exception {
        String offence = "{\"time\": \"2024-05-06T10:00:00+08:00\", \"place\": \"陕西省榆林市米脂县杨家沟镇集市\","
                + " \"amount_cny\": 3000, \"text\": \"周立新在杨家沟镇集市以假药骗取孔海燕现金3000元。\"}";
        String victim = signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：在哪？\\n答：我在杨家沟镇集上被他骗了。");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪？\\n答：在米脂杨家沟镇赶集的时候骗她的。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("fraud", offence, victim, suspect), FindingKind.PLACE_CONTRADICTION))
                .isEmpty();
        String elsewhere =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪？\\n答：在米脂县印斗镇赶集的时候骗她的。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("fraud", offence, victim, elsewhere), FindingKind.PLACE_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void buyingTheGoodsToSellIsADealersConfession() {
        assertThat(org.smartcity.court.extract.StanceClassifier.classify(
                        "问：车里那包是什么？\n答：是海洛因，二十来克，我在昆明花八千块拿的货，打算回去分着卖。"))
                .isEqualTo(org.smartcity.court.extract.Stance.CONFESSION);
        assertThat(org.smartcity.court.extract.StanceClassifier.classify("问：车里那包是什么？\n答：我不知道里面有毒品，是朋友放的。"))
                .isEqualTo(org.smartcity.court.extract.Stance.DENIAL);
    }

    @Test
    void coercionTellsTheRobberysScene() throws Exception {
        String offence = "{\"time\": \"2024-08-03T22:10:00+08:00\", \"place\": \"兰州市城关区庆阳路\", \"amount_cny\": 600,"
                + " \"text\": \"周立新在庆阳路持刀劫取孔海燕现金600元。\"}";
        String victim = signedItem(
                "E1", "inquiry-record", "victim-statement", "P2", "问：经过？\\n答：晚上十点多我下班，走在庆阳路上，一个男的掏出刀逼我把包里的六百块给他。");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪？\\n答：在南关街抢了一个女的六百块。");
        List<Finding> places = HandWrittenCases.ofKind(
                reviewTwoSuspects("robbery", offence, victim, suspect), FindingKind.PLACE_CONTRADICTION);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).evidence()).contains("E1", "E2");
    }

    @Test
    void minutesInChineseNumeralsWithoutFenAreRead() {
        List<TimeMention> t = DateTimeExtractor.extract("答：夜里十点三十五左右，我听见楼道有人跑。", LocalDate.of(2024, 4, 2));
        assertThat(t.get(0).minuteOfDay()).isEqualTo(22 * 60 + 35);
        // a count after the hour is no minute
        assertThat(DateTimeExtractor.extract("答：晚上九点二十个人都走了。", LocalDate.of(2024, 4, 2))
                        .get(0)
                        .minuteOfDay())
                .isEqualTo(21 * 60);
    }

    @Test
    void tonightInARecordMadeAfterMidnightIsTheEveningJustPast() {
        LocalDateTime record = LocalDateTime.of(2024, 4, 3, 1, 15);
        TimeMention evening = DateTimeExtractor.extract("答：今天晚上十点左右，我关了店往家走。", record, (LocalDate) null)
                .get(0);
        assertThat(evening.date()).isEqualTo(LocalDate.of(2024, 4, 2));
        TimeMention smallHours = DateTimeExtractor.extract("答：今天凌晨一点不到，有人敲门。", record, (LocalDate) null)
                .get(0);
        assertThat(smallHours.date()).isEqualTo(LocalDate.of(2024, 4, 3));
    }

    @Test
    void twelveOClockMayBeTheMidnightThatBeganTheDay() throws Exception {
        String offence = "{\"time\": \"2024-04-03T00:30:00+08:00\", \"amount_cny\": 2000,"
                + " \"text\": \"2024年4月3日0时30分许，周立新入户窃取孔海燕家中现金2000元。\"}";
        String suspect = signedItem(
                "E1", "interrogation-record", "suspect-statement", "P1", "问：4月3号凌晨你在哪？\\n答：十二点多，我从她家后窗翻进去偷了两千块钱。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, suspect), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
        String afternoon = signedItem(
                "E1", "interrogation-record", "suspect-statement", "P1", "问：4月3号你在哪？\\n答：下午四点多，我从她家后窗翻进去偷了两千块钱。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, afternoon), FindingKind.TIME_CONTRADICTION))
                .hasSize(1);
    }
}
