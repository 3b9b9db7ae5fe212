package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;

/**
 * Round 8b (issue 16): confessions read turn by turn, corroboration element by element, and conditional requirements
 * read from what the items tell. Every case is written in sentences of our own; each rule is tested both ways.
 */
class ConfessionElementsTest {
    private static final String PERSONS = """
            [{"id": "P1", "role": "suspect", "name": "乔满仓"},
             {"id": "P2", "role": "victim", "name": "鲁春花"},
             {"id": "P3", "role": "witness", "name": "严小东"},
             {"id": "P4", "role": "investigator", "name": "甲"},
             {"id": "P5", "role": "investigator", "name": "乙"}]""";

    private static List<Finding> review(String charge, String offence, String... items) throws Exception {
        return HandWrittenCases.review(PERSONS, charge, offence, items);
    }

    private static String item(String id, String kind, String category, String subject, String text) {
        return HandWrittenCases.signedItem(id, kind, category, subject, text);
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return HandWrittenCases.ofKind(findings, kind);
    }

    @Test
    void aSaleToldWithoutASubjectAndLaterDeniedIsARetraction() throws Exception {
        String first =
                item("E1", "interrogation-record", "suspect-statement", "P1", "问：你在桥洞下面干什么？\\n答：卖麻古给一个穿红衣服的小伙子，收了他两百。");
        String second = item(
                "E2", "interrogation-record", "suspect-statement", "P1", "问：你上次说的对吗？\\n答：上回我讲的不属实，那包东西是他落在我这的，我没卖过。");
        String unrelated = item("E2", "interrogation-record", "suspect-statement", "P1", "问：还有补充吗？\\n答：没有了。");
        assertThat(ofKind(review("drug-trafficking", "{}", first, second), FindingKind.RETRACTED_CONFESSION))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("E1", "E2"));
        assertThat(ofKind(review("drug-trafficking", "{}", first, unrelated), FindingKind.RETRACTED_CONFESSION))
                .isEmpty();
    }

    @Test
    void aTakingToldAsMovingTheGoodsAwayAfterASurrenderIsUncorroboratedUnlessSomeoneSawIt() throws Exception {
        String surrender = item("E1", "arrival-report", "documentary", null, "乔满仓自行到镇派出所投案。");
        String confession = item(
                "E2",
                "interrogation-record",
                "suspect-statement",
                "P1",
                "问：说说经过。\\n答：那天半夜我摸到他家猪圈，拔了门闩把两头猪赶出去，半路猪跑散了我就回家了。");
        String victimUnseen = item("E3", "inquiry-record", "victim-statement", "P2", "问：丢了什么？\\n答：两头猪早上不见了，不知道是谁弄走的。");
        String witnessSaw = item(
                "E4", "inquiry-record", "witness-testimony", "P3", "问：你看见什么了？\\n答：半夜我起来解手，看见一个穿黑棉袄的把猪往村口赶，那人推了我一把就跑。");
        List<Finding> alone = ofKind(
                review("theft", "{}", surrender, confession, victimUnseen), FindingKind.CONFESSION_UNCORROBORATED);
        assertThat(alone).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("E2");
            assertThat(f.message(org.smartcity.court.finding.Language.ZH))
                    .contains("作案人身份")
                    .contains("E3");
        });
        assertThat(ofKind(
                        review("theft", "{}", surrender, confession, victimUnseen, witnessSaw),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .isEmpty();
    }

    @Test
    void aVictimWhoWatchedTheOffenderSupportsWhoDidItButNotOneWhoSawNobody() throws Exception {
        String surrender = item("E1", "arrival-report", "documentary", null, "乔满仓在家属陪同下投案。");
        String confession =
                item("E2", "interrogation-record", "suspect-statement", "P1", "问：你为什么来投案？\\n答：我在饭馆门口跟人吵架，用凳子砸了他两下。");
        String watched =
                item("E3", "inquiry-record", "victim-statement", "P2", "问：怎么受的伤？\\n答：一个光头跟我吵起来，他抄起凳子砸我后背，砸了两下。");
        String didNotSee = item("E3", "inquiry-record", "victim-statement", "P2", "问：怎么受的伤？\\n答：我喝多了，只记得后背挨了几下，没看清是谁。");
        assertThat(ofKind(
                        review("intentional-injury", "{}", surrender, confession, watched),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .isEmpty();
        assertThat(ofKind(
                        review("intentional-injury", "{}", surrender, confession, didNotSee),
                        FindingKind.CONFESSION_UNCORROBORATED))
                .hasSize(1);
    }

    @Test
    void chatRecordsAreRequiredWhenAStatementTellsADeceptionByPhoneAndNotForAFaceToFaceOne() throws Exception {
        String byPhone = item(
                "E1", "inquiry-record", "victim-statement", "P2", "问：怎么被骗的？\\n答：上午我接到一个电话，对方说是我外甥，出了车祸急要钱，我就去银行汇了六千。");
        String faceToFace = item(
                "E1",
                "inquiry-record",
                "victim-statement",
                "P2",
                "问：怎么被骗的？\\n答：他在我店门口说能帮我儿子进国企，我当面给了他六千块。后来他电话一直打不通，微信也把我拉黑了。");
        String paidByWallet =
                item("E1", "inquiry-record", "victim-statement", "P2", "问：怎么被骗的？\\n答：他当面说这是真虫草，我用微信扫了他的码付了六千，他没留电话。");
        String offence = "{\"amount_cny\": 6000}";
        assertThat(ofKind(review("fraud", offence, byPhone), FindingKind.MISSING_EVIDENCE))
                .anyMatch(f -> "chat-records".equals(f.missingKind().orElse(null)));
        assertThat(ofKind(review("fraud", offence, faceToFace), FindingKind.MISSING_EVIDENCE))
                .noneMatch(f -> "chat-records".equals(f.missingKind().orElse(null)));
        assertThat(ofKind(review("fraud", offence, paidByWallet), FindingKind.MISSING_EVIDENCE))
                .noneMatch(f -> "chat-records".equals(f.missingKind().orElse(null)));
    }

    @Test
    void aRegistrationOfATelecomFraudShowsTheChannel() throws Exception {
        String registration = item("E1", "case-registration", "documentary", null, "决定对鲁春花被电信诈骗案立案侦查。");
        String plain = item("E1", "case-registration", "documentary", null, "决定对鲁春花被诈骗案立案侦查。");
        String offence = "{\"amount_cny\": 6000}";
        assertThat(ofKind(review("fraud", offence, registration), FindingKind.MISSING_EVIDENCE))
                .anyMatch(f -> "chat-records".equals(f.missingKind().orElse(null)));
        assertThat(ofKind(review("fraud", offence, plain), FindingKind.MISSING_EVIDENCE))
                .noneMatch(f -> "chat-records".equals(f.missingKind().orElse(null)));
    }
}
