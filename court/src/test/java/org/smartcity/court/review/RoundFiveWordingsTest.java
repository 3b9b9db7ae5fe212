package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcity.court.review.HandWrittenCases.reviewTwoSuspects;
import static org.smartcity.court.review.HandWrittenCases.signedItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.Quantity;
import org.smartcity.court.extract.QuantityExtractor;
import org.smartcity.court.extract.Stance;
import org.smartcity.court.extract.StanceClassifier;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;

/**
 * Causes found on the blind sets l and m (issue 16, round 5), one test each with sentences of its own.
 */
class RoundFiveWordingsTest {
    private static List<Event> events(String text) {
        return FrameReader.read(text).stream().map(FactFrame::event).toList();
    }

    @Test
    void thePolicesNumberInsideALongerNumberIsNoReport() {
        assertThat(events("答：后来拉到镇上卖了，卖了2110块钱。")).containsExactly(Event.SALE, Event.SALE);
        assertThat(events("答：车给了收废品的，他付了1105元。")).doesNotContain(Event.REPORT);
        assertThat(events("答：我马上打了110。")).containsExactly(Event.REPORT);
    }

    @Test
    void aPricePaidYearsBeforeTheActIsTheObjectsHistory() throws Exception {
        String offence = "{\"time\": \"2024-06-11T15:00:00+08:00\", \"amount_cny\": 700,"
                + " \"text\": \"周立新窃取孔海燕的自行车一辆，价值700元。\"}";
        String victim = signedItem(
                "E1", "inquiry-record", "victim-statement", "P2", "问：什么车？\\n答：捷安特山地车，三年前花一千八百块买成的，现在值多少不清楚。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, victim), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        String claim = signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：车值多少钱？\\n答：少说也值一千八百块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, claim), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void twoNeighbouringDigitsAreAnApproximateValue() {
        Quantity grams = QuantityExtractor.weight("我身上那包大概七八克").get(0);
        assertThat(grams.low()).isEqualByComparingTo("7");
        assertThat(grams.high()).isEqualByComparingTo("8");
        Quantity yuan = QuantityExtractor.money("一共给了他二十七八块").get(0);
        assertThat(yuan.low()).isEqualByComparingTo("27");
        assertThat(yuan.high()).isEqualByComparingTo("28");
        Quantity hundreds = QuantityExtractor.money("卖了一千五六百元").get(0);
        assertThat(hundreds.low()).isEqualByComparingTo("1500");
        assertThat(hundreds.high()).isEqualByComparingTo("1600");
        assertThat(QuantityExtractor.money("一共三五百块").get(0).high()).isEqualByComparingTo(new BigDecimal(500));
        // a digit string is no approximation
        assertThat(QuantityExtractor.weight("编号一九八九克").get(0).low()).isNotEqualByComparingTo("8");
        var hour = DateTimeExtractor.extract("3月9号夜里四五点钟", LocalDate.of(2024, 3, 10))
                .get(0);
        assertThat(hour.minuteOfDay()).isEqualTo(4 * 60);
    }

    @Test
    void aClauseTellingATimeOfDayDoesNotContinueAPersonsDetails() {
        assertThat(events("答：我家住在村西头，6月3号半夜一点多听见狗叫得厉害。")).containsExactly(Event.PERSONAL, Event.OFFENCE);
        assertThat(events("答：家住村西头，在镇上开小卖部。")).doesNotContain(Event.OFFENCE);
    }

    @Test
    void whereAThingWasLeftIsThePlaceItWasTakenFrom() throws Exception {
        String offence =
                "{\"time\": \"2024-06-11T23:00:00+08:00\", \"place\": \"济南市历下区泉城路某小区\"," + " \"amount_cny\": 1500}";
        String victim = signedItem(
                "E1", "inquiry-record", "victim-statement", "P2", "问：怎么回事？\\n答：昨天晚上我把摩托车停在历下区泉城路小区门口，今天一早出来发现车不见了。");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪偷的？\\n答：在槐荫区经十路一个小区门口偷的。");
        List<Finding> places = HandWrittenCases.ofKind(
                reviewTwoSuspects("theft", offence, victim, suspect), FindingKind.PLACE_CONTRADICTION);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).evidence()).containsExactly("E1", "E2");
        String noLoss =
                signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：昨天做了什么？\\n答：昨天晚上我把摩托车停在槐荫区经十路，去朋友家打牌。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, noLoss), FindingKind.PLACE_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void whereAVictimPresentAtTheActWasAtATimeDatesTheAct() throws Exception {
        String offence = "{\"time\": \"2024-06-12T07:40:00+08:00\", \"place\": \"武汉市江岸区解放大道地铁站口\","
                + " \"amount_cny\": 500, \"text\": \"周立新在解放大道地铁站口扒窃孔海燕背包内现金500元。\"}";
        String victim = signedItem(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：经过？\\n答：今天早上7点半左右，我走路去上班，刚到解放大道地铁站口，人挤人。进站后发现背包拉链开了，500元现金没了。");
        String suspect = signedItem(
                "E2", "interrogation-record", "suspect-statement", "P1", "问：什么时候？\\n答：6月12号下午两点多，在地铁站口掏了一个女的包。");
        List<Finding> times = HandWrittenCases.ofKind(
                reviewTwoSuspects("theft", offence, victim, suspect), FindingKind.TIME_CONTRADICTION);
        assertThat(times).hasSize(1);
        assertThat(times.get(0).evidence()).containsExactly("E1", "E2");
        // a burglary's victim is away: his leaving for work brackets the act and is not its time
        String burglary = "{\"time\": \"2024-06-12T13:00:00+08:00\", \"place\": \"武汉市江岸区解放大道某小区\","
                + " \"amount_cny\": 5000, \"text\": \"周立新撬门入户，窃取孔海燕家中现金5000元。\"}";
        String away = signedItem(
                "E1", "inquiry-record", "victim-statement", "P2", "问：经过？\\n答：今天早上7点半左右，我从解放大道的家出门去上班，晚上回来发现门被撬了。");
        assertThat(HandWrittenCases.ofKind(reviewTwoSuspects("theft", burglary, away), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void denyingHarmInTheAnswerThatTellsTheActIsStillAConfession() {
        assertThat(StanceClassifier.classify("问：经过？\n答：我进屋以后拿刀吓唬老太太，抢走了一条金手镯，我没有碰她。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：经过？\n答：我没有碰她，钱也不是我拿的。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：经过？\n答：我没拿她的钱，我没有碰她。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：经过？\n答：他们说是我打的，我没打他。")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aConfessionInDialectOrWithTheSubjectToldOnceForTheSentence() {
        assertThat(StanceClassifier.classify("问：说说经过。\n答：俺在桥头等着，卖了两包给那个买家。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：说说经过。\n答：俺主动交代，东西是俺在集上出手的。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：说说经过。\n答：那天夜里我在小巷口等着，从背后用砖头打了一个路人。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：说说经过。\n答：我在家看电视，被人打了。")).isEqualTo(Stance.NONE);
        assertThat(StanceClassifier.classify("问：说说经过。\n答：我下班回来，有人拿走了我的包。")).isEqualTo(Stance.NONE);
    }
}
