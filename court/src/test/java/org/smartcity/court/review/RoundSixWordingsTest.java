package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcity.court.review.HandWrittenCases.reviewTwoSuspects;
import static org.smartcity.court.review.HandWrittenCases.signedItem;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.DateTimeExtractor;
import org.smartcity.court.extract.PlaceExtractor;
import org.smartcity.court.extract.TimeMention;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.frame.Event;
import org.smartcity.court.frame.FactFrame;
import org.smartcity.court.frame.FrameReader;

/**
 * Causes found on blind set n (issue 16, round 6), one test each with sentences of its own: a fraud's machine logs
 * (ledger, chat log) state the act's time, and a street told by its position beside a building is a landmark; and
 * causes of older dev-set false findings (round 6): an aside in brackets does not carry its event on, a list price
 * is the object's history, a cut taken "from it" (从中拿) is a share.
 */
class RoundSixWordingsTest {
    @Test
    void aLogsTimestampIsADateAndTime() {
        List<TimeMention> t = DateTimeExtractor.extract("2024/5/8 20:14:09 转入 3,000.00 元，对方户名孔海燕", (LocalDate) null);
        assertThat(t).hasSize(1);
        assertThat(t.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(t.get(0).minuteOfDay()).isEqualTo(20 * 60 + 14);
        // a date with no clock time after it may be a document number: not read
        assertThat(DateTimeExtractor.extract("回执编号2024-05-08-117", (LocalDate) null))
                .noneMatch(m -> m.date() != null);
    }

    @Test
    void aFraudsLedgerAndChatLogStateTheTimeOfTheAct() throws Exception {
        String offence = "{\"time\": \"2024-05-08T20:10:00+08:00\", \"amount_cny\": 3000,"
                + " \"text\": \"周立新在网上谎称出售演唱会门票，骗取孔海燕人民币3,000元。\"}";
        String victim = signedItem(
                "E1", "inquiry-record", "victim-statement", "P2", "问：经过？\\n答：5月8日晚上八点多我在网上买票，转了他3000块，他就不回了。");
        String suspect = signedItem(
                "E2", "interrogation-record", "suspect-statement", "P1", "问：什么时候？\\n答：5月10日下午，她转给我三千块，票是假的。");
        String ledger = signedItem(
                "E3",
                "bank-records",
                "electronic-data",
                "P1",
                "支付平台协查回执\\n2024-05-08 20:14:09 转账收入 3,000.00 元 付款方 孔海燕");
        String chat = signedItem(
                "E4",
                "chat-records",
                "electronic-data",
                "P2",
                "2024-05-08 20:02 “内场票3000，先款后票”\\n2024-05-08 20:20 对方已将你删除");
        List<Finding> found = HandWrittenCases.ofKind(
                reviewTwoSuspects("fraud", offence, victim, suspect, ledger, chat), FindingKind.TIME_CONTRADICTION);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).containsExactlyInAnyOrder("E1", "E2", "E3", "E4");
        // the log's summary of what followed (a bare later date) states no time of the act
        String later = signedItem("E4", "chat-records", "electronic-data", "P2", "聊天记录显示：对方收款后于2024年5月12日将其删除。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("fraud", offence, victim, ledger, later), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void aDealArrangedInAChatHoursBeforeIsNoTimeOfTheSale() throws Exception {
        String offence = "{\"time\": \"2024-05-08T21:00:00+08:00\", \"drugWeight_g\": 2,"
                + " \"text\": \"周立新在某路口向他人贩卖甲基苯丙胺2克。\"}";
        String chat = signedItem("E1", "chat-records", "electronic-data", "P1", "2024-05-08 13:40 “要两克，晚上九点老地方”");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：什么时候卖的？\\n答：5月8日晚上九点，卖了两克冰毒。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("drug-trafficking", offence, chat, suspect), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void aStreetToldByItsPositionBesideABuildingIsALandmark() throws Exception {
        assertThat(PlaceExtractor.ofClause("他们在医院后街把我拦住").roads()).isEmpty();
        assertThat(PlaceExtractor.ofClause("我在学校后巷等他").roads()).isEmpty();
        assertThat(PlaceExtractor.ofClause("在人民路那个中学后巷").roads()).contains("人民路");
        String offence = "{\"time\": \"2024-06-11T17:00:00+08:00\", \"place\": \"某市东湖区人民路某中学后巷\","
                + " \"amount_cny\": 80, \"text\": \"周立新在某市东湖区人民路某中学后巷抢走孔海燕现金80元。\"}";
        String victim =
                signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：在哪？\\n答：在人民路我们中学后面那条小巷，他抢了我80块。");
        String suspect =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪？\\n答：就在学校后巷，我拿了他80块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("robbery", offence, victim, suspect), FindingKind.PLACE_CONTRADICTION))
                .isEmpty();
        String elsewhere =
                signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：在哪？\\n答：在西湖区解放路，我拿了他80块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("robbery", offence, victim, elsewhere), FindingKind.PLACE_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void anAsideInBracketsDoesNotCarryItsEventOn() {
        List<Event> e = FrameReader.read("答：第二回给了500块（他后来返给我100块），前后一共给了他1500块。").stream()
                .map(FactFrame::event)
                .toList();
        assertThat(e).containsExactly(Event.COMPENSATION, Event.OFFENCE);
        // without brackets the refund's clause still carries to the next clause of its sentence
        List<Event> plain = FrameReader.read("答：他后来返给我100块，剩下的钱呢？").stream()
                .map(FactFrame::event)
                .toList();
        assertThat(plain.get(0)).isEqualTo(Event.COMPENSATION);
    }

    @Test
    void aListPriceAndACutAreNoAmountOfAFraud() throws Exception {
        String offence = "{\"time\": \"2024-05-08T20:10:00+08:00\", \"amount_cny\": 1600,"
                + " \"text\": \"周立新以出售二手相机为名，分两次骗取孔海燕人民币1,600元。\"}";
        String victim = signedItem(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：经过？\\n答：先转了800块定金，第二天又转了800块尾款。\\n问：相机新的多少钱？\\n答：专卖店原价4,299元。");
        String helper =
                signedItem("E2", "interrogation-record", "suspect-statement", "P3", "问：你从中拿了多少？\\n答：周立新给了我两百块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("fraud", offence, victim, helper), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        String claim = signedItem("E2", "interrogation-record", "suspect-statement", "P1", "问：你骗了她多少？\\n答：一共四千块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("fraud", offence, victim, claim), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    private static String measured(String id, String kind, String refersTo, String text) {
        return """
                {"id": "%s", "kind": "%s", "category": "expert-opinion", "time": "2024-06-12T10:00:00+08:00",
                 "refersTo": [%s], "collectedBy": ["P4", "P5"], "signedBy": ["P4", "P5"], "text": "%s"}""".formatted(id, kind, refersTo, text);
    }

    @Test
    void theMeasurementOfOneOfSeveralPacketsIsAPart() throws Exception {
        String offence = "{\"time\": \"2024-06-11T21:00:00+08:00\", \"drugWeight_g\": 42.4,"
                + " \"text\": \"周立新贩卖甲基苯丙胺，从其口袋及家中查获共计净重42.4克。\"}";
        String bag = "{\"id\": \"E8\", \"kind\": \"physical-item\", \"category\": \"physical\", \"text\": \"白色晶体一包\"}";
        String packet =
                "{\"id\": \"E9\", \"kind\": \"physical-item\", \"category\": \"physical\", \"text\": \"白色晶体一小包\"}";
        String pocket = measured("E1", "drug-identification", "\"E8\"", "检材：口袋内查获的白色晶体一包，净重38.2克。检出甲基苯丙胺。");
        String home = measured("E2", "drug-identification", "\"E9\"", "检材：家中查获的白色晶体一小包，净重4.2克。检出甲基苯丙胺。");
        String both = measured("E3", "weighing-record", "\"E8\", \"E9\"", "称量结果：口袋内一包38.2克，家中一包4.2克，合计42.4克。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("drug-trafficking", offence, bag, packet, pocket, home, both),
                        FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        // a weighing of both packets that disagrees with the charged weight is still compared
        String wrong = measured("E3", "weighing-record", "\"E8\", \"E9\"", "称量结果：两包合计净重30.1克。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("drug-trafficking", offence, bag, packet, pocket, home, wrong),
                        FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void whatTheObjectIsWorthNowIsNoPurchase() throws Exception {
        String offence = "{\"time\": \"2024-06-11T02:00:00+08:00\", \"amount_cny\": 1500,"
                + " \"text\": \"周立新窃取孔海燕的自行车一辆，经认定价值1,500元。\"}";
        String inflated =
                signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：车的情况？\\n答：去年花了四千块买的，现在起码还值三千多块。");
        assertThat(HandWrittenCases.ofKind(
                        reviewTwoSuspects("theft", offence, inflated), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
        String fair =
                signedItem("E1", "inquiry-record", "victim-statement", "P2", "问：车的情况？\\n答：去年花了四千块买的，现在也就值一千五百块左右。");
        assertThat(HandWrittenCases.ofKind(reviewTwoSuspects("theft", offence, fair), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
    }
}
