package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.extract.Stance;
import org.smartcity.court.extract.StanceClassifier;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.frame.AmountRole;

/**
 * Wordings of the blind sets f–i (issue 16) that the review misread, one test per general cause, each with
 * sentences of its own: side events whose times are no offence time, a breath test a sentence says was not done,
 * values bound to the person or act they are about, and identity links that are none.
 */
class SideEventsAndLinksTest {
    private static final String PERSONS = HandWrittenCases.TWO_SUSPECTS;

    private static List<Finding> review(String charge, String offence, String... items) throws Exception {
        return HandWrittenCases.review(PERSONS, charge, offence, items);
    }

    private static String item(String id, String kind, String category, String subject, String text) {
        return HandWrittenCases.signedItem(id, kind, category, subject, text);
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return HandWrittenCases.ofKind(findings, kind);
    }

    private static boolean missing(List<Finding> findings, String kind) {
        return findings.stream()
                .anyMatch(f -> f.kind() == FindingKind.MISSING_EVIDENCE
                        && kind.equals(f.missingKind().orElse(null)));
    }

    @Test
    void aBreathTestTheSentenceSaysWasNotDoneIsNotRequired() throws Exception {
        String offence = "{\"time\": \"2024-06-10T23:00:00+08:00\", \"bloodAlcohol_mg100ml\": 150}";
        String notDone =
                item("E1", "arrival-report", "documentary", null, "民警在建设路拦停周立新驾驶的轿车，因酒精测试仪没电，现场没有进行呼气检测，直接带其到医院抽血。");
        String done =
                item("E1", "arrival-report", "documentary", null, "民警在建设路拦停周立新驾驶的轿车，现场呼气检测结果为140mg/100ml，随后带其到医院抽血。");
        assertThat(missing(review("dangerous-driving", offence, notDone), "breath-test"))
                .isFalse();
        assertThat(missing(review("dangerous-driving", offence, done), "breath-test"))
                .isTrue();
    }

    @Test
    void notYetSellingIsNoDenialAndHandingOverDrugsIsAConfession() {
        assertThat(StanceClassifier.classify("问：经过？\n答：我抢了他的包就跑了。\n问：包呢？\n答：还没卖，放在床底下。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：你在停车场干什么？\n答：把两包海洛因交给老刘，他给我三万。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：包呢？\n答：我没有抢包。")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aBirthDateAfterAnotherSuspectsNameIsHis() throws Exception {
        String offence = "{\"time\": \"2024-06-01T20:00:00+08:00\", \"amount_cny\": 3000}";
        String report = item("E1", "arrival-report", "documentary", null, "民警在网吧将犯罪嫌疑人周立新、邓小军（2009年1月20日出生）抓获。");
        String wrong = item("E1", "arrival-report", "documentary", null, "民警在网吧将犯罪嫌疑人周立新（1990年3月3日出生）抓获。");
        assertThat(ofKind(review("robbery", offence, report), FindingKind.IDENTITY_CONTRADICTION))
                .isEmpty();
        assertThat(ofKind(review("robbery", offence, wrong), FindingKind.IDENTITY_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void aFailedSearchForWitnessesAndRestitutionDoNotCorroborateAConfession() throws Exception {
        String offence = "{\"time\": \"2024-06-01T22:00:00+08:00\", \"amount_cny\": 2500}";
        String victim = item("E1", "inquiry-record", "victim-statement", "P2", "问：经过？\\n答：我放在店里抽屉的2500元现金没了，不知道是谁拿的。");
        String report = item("E2", "arrival-report", "documentary", null, "2024年6月9日，周立新到派出所投案。经走访未找到目击证人，店内无监控。");
        String refund = item("E3", "return-list", "documentary", "P2", "发还现金2500元（系周立新的哥哥代为退赔）。");
        String confession = item(
                "E4",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：你来干什么？\\n答：我来投案，我偷了一家店抽屉里的2500元。\\n问：你认罪吗？\\n答：认罪。");
        List<Finding> f = review("theft", offence, victim, report, refund, confession);
        assertThat(ofKind(f, FindingKind.CONFESSION_UNCORROBORATED))
                .singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsExactly("E4"));
        String traced = item("E2", "arrival-report", "documentary", null, "2024年6月9日，经调取监控锁定周立新，民警在其住处将其抓获。");
        assertThat(ofKind(
                        review("theft", offence, victim, traced, refund, confession),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .isEmpty();
    }

    @Test
    void aCountOfNotesAfterAnAmountMakesItTheirDenomination() {
        String clause = "抽屉里放的是五十元的40张";
        int at = clause.indexOf("五十元");
        assertThat(AmountRole.of(clause, at, at + 3)).isEqualTo(AmountRole.UNIT);
        String total = "抽屉里放的两千元";
        int t = total.indexOf("两千元");
        assertThat(AmountRole.of(total, t, t + 3)).isEqualTo(AmountRole.VALUE);
    }

    @Test
    void deadlinesEarlierActsPurchasesAndSeizuresAreNoOffenceTimes() throws Exception {
        String offence = "{\"time\": \"2024-06-03T21:00:00+08:00\", \"drugWeight_g\": 20}";
        String seller = item(
                "E1",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：6月3日晚上干什么了？\\n答：晚上9点左右在公园门口卖了一包冰毒给老刘。\\n问：这是第几次？\\n"
                        + "答：第3次，上一次是5月20日。\\n问：货从哪来？\\n答：5月28号在城北一个人手里拿的。\\n"
                        + "问：他付钱了吗？\\n答：说好第二天给，到6月8号还没给。\\n问：手机呢？\\n答：今天被你们拿走了。");
        String buyer =
                item("E2", "inquiry-record", "witness-testimony", "P2", "问：经过？\\n答：6月3日晚上9点多我在公园门口从周立新手里买了一包冰毒。");
        assertThat(ofKind(review("drug-trafficking", offence, seller, buyer), FindingKind.TIME_CONTRADICTION))
                .isEmpty();
        String other = item("E1", "interrogation-record", "suspect-statement", "P1", "问：经过？\\n答：6月5日晚上在公园门口卖了一包冰毒给老刘。");
        assertThat(ofKind(review("drug-trafficking", offence, other, buyer), FindingKind.TIME_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void placesOfReportsResidencesAndRoadsAfterADistrictAreReadLikeWithLike() throws Exception {
        String offence =
                "{\"time\": \"2024-06-01T14:00:00+08:00\", \"place\": \"杭州市西湖区文三路某小区\", " + "\"amount_cny\": 3000}";
        String victim = item(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：你的基本情况？\\n答：孔海燕，女，住本市拱墅区湖墅南路。\\n问：你来派出所有什么事？\\n" + "答：我家在上城区解放路的店里被偷了3000元，我来报案。");
        String suspect =
                item("E2", "interrogation-record", "suspect-statement", "P1", "问：经过？\\n答：我撬开文三路一个小区的店门，偷了3000元。");
        List<Finding> f = review("theft", offence, victim, suspect);
        assertThat(ofKind(f, FindingKind.PLACE_CONTRADICTION))
                .singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsExactly("E1", "E2"));
        String agreeing = item(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：你的基本情况？\\n答：孔海燕，女，住本市拱墅区湖墅南路。\\n问：你来派出所有什么事？\\n" + "答：我在西湖区文三路的店里被偷了3000元，我来报案。");
        assertThat(ofKind(review("theft", offence, agreeing, suspect), FindingKind.PLACE_CONTRADICTION))
                .isEmpty();
    }

    @Test
    void whereADrunkDriverIsStoppedIsTheOffencesPlace() throws Exception {
        String offence = "{\"time\": \"2024-06-10T23:00:00+08:00\", \"place\": \"南京市鼓楼区中山北路\", "
                + "\"bloodAlcohol_mg100ml\": 150}";
        String report =
                item("E1", "arrival-report", "documentary", null, "2024年6月10日23时许，民警在玄武区珠江路查缉酒驾，拦停周立新驾驶的轿车，将其带回大队抽血。");
        String suspect =
                item("E2", "interrogation-record", "suspect-statement", "P1", "问：经过？\\n答：我晚上开车到鼓楼区中山北路时被交警拦下。");
        assertThat(ofKind(review("dangerous-driving", offence, report, suspect), FindingKind.PLACE_CONTRADICTION))
                .singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsExactly("E1", "E2"));
    }

    @Test
    void aReturnedRemainderIsALowerBoundOfTheLoss() throws Exception {
        String offence = "{\"time\": \"2024-06-01T14:00:00+08:00\", \"amount_cny\": 900}";
        String victim = item("E1", "inquiry-record", "victim-statement", "P2", "问：丢了多少？\\n答：抽屉里的900元现金。");
        String remainder = item("E2", "return-list", "documentary", "P2", "发还物品：现金人民币300元。");
        String more = item("E2", "return-list", "documentary", "P2", "发还物品：现金人民币1,500元。");
        assertThat(ofKind(review("theft", offence, victim, remainder), FindingKind.AMOUNT_CONTRADICTION))
                .isEmpty();
        assertThat(ofKind(review("theft", offence, victim, more), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }

    @Test
    void eachOfSeveralVictimsTellsOnlyHisOwnLoss() throws Exception {
        String persons = "{\"id\": \"P6\", \"role\": \"victim\", \"name\": \"唐明\"}";
        String offence = "{\"time\": \"2024-06-01T14:00:00+08:00\", \"amount_cny\": 5000}";
        String first = item("E1", "inquiry-record", "victim-statement", "P2", "问：被骗多少？\\n答：我被骗了2000元。");
        String second = item("E2", "inquiry-record", "victim-statement", "P6", "问：被骗多少？\\n答：我被骗了3000元。");
        String bank = item("E3", "bank-records", "documentary", null, "两笔转入合计5,000元。");
        List<Finding> f = reviewWith(persons, "fraud", offence, first, second, bank);
        assertThat(ofKind(f, FindingKind.AMOUNT_CONTRADICTION)).isEmpty();
    }

    private static List<Finding> reviewWith(String morePersons, String charge, String offence, String... items)
            throws Exception {
        String persons = PERSONS.substring(0, PERSONS.lastIndexOf(']')) + ", " + morePersons + "]";
        return HandWrittenCases.review(persons, charge, offence, items);
    }

    @Test
    void aDistrictTheSegmenterKnowsIsReadThoughItEndsLikeASection() {
        assertThat(org.smartcity.court.extract.PlaceExtractor.ofClause("在江北区观音桥一家茶楼")
                        .district())
                .isEqualTo("江北区");
        assertThat(org.smartcity.court.extract.PlaceExtractor.ofClause("他住在阳光花园北区")
                        .district())
                .isNull();
    }

    @Test
    void anAmountTheSuspectRejectsIsNotHisClaim() throws Exception {
        String offence = "{\"time\": \"2024-06-01T08:00:00+08:00\", \"amount_cny\": 2600}";
        String victim = item("E1", "inquiry-record", "victim-statement", "P2", "问：丢了多少？\\n答：钱包里有现金2,600元。");
        String rejecting = item(
                "E2",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：偷了多少？\\n答：就500元。\\n问：她说有2,600元？\\n答：我只拿到500元，没有2,600元那么多。");
        String denying = item("E2", "interrogation-record", "suspect-statement", "P1", "问：偷了多少？\\n答：不是2600元，是500元。");
        assertThat(ofKind(review("theft", offence, victim, rejecting), FindingKind.AMOUNT_CONTRADICTION))
                .singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsExactly("E1", "E2"));
        assertThat(ofKind(review("theft", offence, victim, denying), FindingKind.AMOUNT_CONTRADICTION))
                .hasSize(1);
    }
}
