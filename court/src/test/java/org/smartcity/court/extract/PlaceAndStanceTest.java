package org.smartcity.court.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places (district, sub-district, road), identities, and confession versus denial. */
class PlaceAndStanceTest {
    @Test
    void aTownsMainStreetIsNamedByOneDirection() {
        assertThat(PlaceExtractor.ofClause("两人在东大街上吵了起来").roads()).containsExactly("东大街");
        assertThat(PlaceExtractor.ofClause("在河口镇北大街菜市场门口").roads()).containsExactly("北大街");
        assertThat(PlaceExtractor.ofClause("他一个人跑到大街上").roads()).isEmpty();
    }

    @Test
    void districtAndRoadFromAddressesAndSpeech() {
        PlaceMention p = PlaceExtractor.ofClause("福州市台江区八一七中路某手机店");
        assertThat(p.district()).isEqualTo("台江区");
        assertThat(p.roads()).containsExactly("八一七中路");
        PlaceMention q = PlaceExtractor.ofClause("我骑三轮车到集美区杏林湾路那个在建的工地");
        assertThat(q.district()).isEqualTo("集美区");
        assertThat(q.roads()).containsExactly("杏林湾路");
        assertThat(PlaceExtractor.ofClause("浦东新区世纪大道").district()).isEqualTo("浦东新区");
    }

    @Test
    void genericWordsAndLandmarksAreNotPlaces() {
        assertThat(PlaceExtractor.ofClause("在某小区门口的马路边").isComparable()).isFalse();
        assertThat(PlaceExtractor.ofClause("在太原南收费站出口被拦下").isComparable()).isFalse();
        assertThat(PlaceExtractor.extract("回家的路上，我去逛街")).isEmpty();
    }

    @Test
    void speechEndingIn路Or街IsNoPlace() {
        assertThat(PlaceExtractor.extract("拿到东西后我就原路返回了。他走投无路才去偷的。我们沿街走了一段，我顺路去了一趟，一路上都在说话。"))
                .isEmpty();
    }

    @Test
    void namesAreBuiltFromTheWordsBeforeTheirSuffix() {
        PlaceMention p = PlaceExtractor.ofClause("在龙华区民治街道人民路与建设路交叉口");
        assertThat(p.district()).isEqualTo("龙华区");
        assertThat(p.subdistrict()).isEqualTo("民治街道");
        assertThat(p.roads()).containsExactlyInAnyOrder("人民路", "建设路");
        assertThat(PlaceExtractor.ofClause("上海市浦东新区张江镇祖冲之路88号").subdistrict()).isEqualTo("张江镇");
        assertThat(PlaceExtractor.ofClause("在环城北路上").roads()).containsExactly("环城北路");
        assertThat(PlaceExtractor.ofClause("在深圳市南山区科技园南区").district()).isEqualTo("南山区");
    }

    @Test
    void placesDisagreeOnlyOnWhatBothName() {
        PlaceMention offence = PlaceExtractor.ofClause("福州市台江区八一七中路某手机店");
        assertThat(PlaceExtractor.ofClause("在八一七中路一家手机店").disagreesWith(offence))
                .isFalse();
        assertThat(PlaceExtractor.ofClause("在鼓楼区八一七中路").disagreesWith(offence)).isTrue();
        assertThat(PlaceExtractor.ofClause("在台江区五一中路").disagreesWith(offence)).isTrue();
        assertThat(new PlaceMention("台江区", null, Set.of()).disagreesWith(new PlaceMention(null, null, Set.of("五一路"))))
                .isFalse();
    }

    @Test
    void confessionDenialAndRetraction() {
        assertThat(StanceClassifier.classify("问：你为什么被抓？\n答：因为我偷了工地的电缆。\n问：你认罪吗？\n答：认罪。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：你认罪吗？\n答：不认罪，我没有偷东西。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：你以前说的属实吗？\n答：之前说的不是真的。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：还有补充吗？\n答：没有了。\n问：明白吗？\n答：明白。")).isEqualTo(Stance.NONE);
        assertThat(StanceClassifier.classify("问：你认罪吗？（嫌疑人拒绝回答）")).isEqualTo(Stance.NONE);
        assertThat(StanceClassifier.classify("答：我拿了他的手机。\n答：但是我没有打他。")).isEqualTo(Stance.MIXED);
    }

    @Test
    void confessionsWithoutASubjectAndRetractionsThatBlameTheRecord() {
        assertThat(StanceClassifier.classify("问：做了什么？\n答：晚上10点左右在网吧门口，卖了3粒麻古给黄志成。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：经过？\n答：我在路口卖给他两克冰毒。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：上次说的呢？\n答：那是警察让我说的。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：上次说的呢？\n答：上次是我乱说的。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：属实吗？\n答：我没有乱说，东西是我偷的。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.confessingAnswer("问：经过？\n答：明白。\n问：做了什么？\n答：我偷了一部手机。"))
                .contains("我偷了一部手机。");
    }

    @Test
    void birthDatesAndIdNumbers() {
        List<IdentityExtractor.Found> d = IdentityExtractor.birthDates("洪少杰（男，1994年2月18日出生）；出生日期：1994年02月18日");
        assertThat(d).extracting(IdentityExtractor.Found::value).containsExactly("1994-02-18", "1994-02-18");
        assertThat(IdentityExtractor.idNumbers("身份证号码35010319850505046x。"))
                .extracting(IdentityExtractor.Found::value)
                .containsExactly("35010319850505046X");
    }

    @Test
    void answersAreFoundWhenQuestionsAndAnswersShareALine() {
        String text = "问：事情经过？答：6月1日晚8时许，他打了我。问：在哪里？答：文三路88号门口。";
        assertThat(Clauses.answers(text))
                .contains("6月1日晚8时许，他打了我。")
                .contains("文三路88号门口")
                .doesNotContain("事情经过");
        assertThat(Clauses.answers("问：你叫什么？\n答：张三\n问：住哪？\n答：西湖区")).isEqualTo("张三\n西湖区\n");
        assertThat(Clauses.answers("没有问答的文字")).isEqualTo("没有问答的文字");
    }

    @Test
    void theBaConstructionIsAConfessionOnlyWhenTheSpeakerDidIt() {
        assertThat(StanceClassifier.classify("问：做了什么？\n答：我在张杨路500号商场三楼把柜台上的一部手机偷走了。"))
                .isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：看到什么？\n答：我看到他把柜台上的手机偷走了。")).isEqualTo(Stance.NONE);
    }

    @Test
    void roadsideWordsAndAVerbAfterItsSubjectAreNoRoadNames() {
        // 路边/s, 路上/s: HanLP's locative words, no part of a name (捡起/nz 路边 is not 捡起路)
        assertThat(PlaceExtractor.ofClause("他捡起路边的砖头砸了我脑袋").isComparable()).isFalse();
        // a verb right before a bare suffix names a road (解放大道) unless it is the predicate of a noun before it
        assertThat(PlaceExtractor.ofClause("两名男子尾随一男子进入胡同").isComparable()).isFalse();
        assertThat(PlaceExtractor.ofClause("他走进胡同").isComparable()).isFalse();
        PlaceMention road = PlaceExtractor.ofClause("我在江岸区解放大道边上那个公园");
        assertThat(road.district()).isEqualTo("江岸区");
        assertThat(road.roads()).containsExactly("解放大道");
        assertThat(PlaceExtractor.ofClause("走到文三路口").roads()).containsExactly("文三路");
    }

    @Test
    void aRoadWithAVerbStuckToItsFrontIsStillTheSameRoad() {
        PlaceMention told = PlaceExtractor.ofClause("我翻窗进了人民南路四段12号一户人家");
        PlaceMention inspected = PlaceExtractor.ofClause("现场位于成都市武侯区人民南路四段12号3单元501室");
        assertThat(told.disagreesWith(inspected)).isFalse();
        assertThat(PlaceExtractor.ofClause("在解放路").disagreesWith(inspected)).isTrue();
    }

    @Test
    void whatAnAccompliceDidNotDoIsNoDenialOfTheSpeaker() {
        assertThat(StanceClassifier.classify("问：经过？\n答：我砸开车窗拿了包，小李在路口望风，他没动手。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：经过？\n答：他说是我干的，我没动手。")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void dialectSpeakersAndTakingTheVictimsMoneyAreStances() {
        // 俺 / 咱 are the speaker as much as 我
        assertThat(StanceClassifier.classify("问：咋回事？\n答：俺在集上把他的钱包偷走了。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：上回说的对不对？\n答：上回说的不对，俺没拿他东西。")).isEqualTo(Stance.DENIAL);
        assertThat(StanceClassifier.classify("问：经过？\n答：他跟俺说的，咱没偷。")).isEqualTo(Stance.DENIAL);
        // a fraud told as asking the victim for the money
        assertThat(StanceClassifier.classify("问：经过？\n答：俺说能帮她办低保，向她收了一千五手续费。")).isEqualTo(Stance.CONFESSION);
        assertThat(StanceClassifier.classify("问：钱的事？\n答：那是她借给我的，我没骗她。")).isEqualTo(Stance.DENIAL);
        // a victim-side sentence with no taking by the speaker stays neither
        assertThat(StanceClassifier.classify("问：后来呢？\n答：他跟我说过这事。")).isEqualTo(Stance.NONE);
    }

    @Test
    void aTownReadWithItsCountyIsTheSameTown() {
        PlaceMention withCounty = PlaceExtractor.ofClause("井陉县秀林镇西大街粮站门前");
        PlaceMention bare = PlaceExtractor.ofClause("在秀林镇西大街粮站门口");
        assertThat(bare.disagreesWith(withCounty)).isFalse();
        assertThat(bare.disagreesWith(PlaceExtractor.ofClause("井陉县秀林镇北大街"))).isTrue();
    }
}
