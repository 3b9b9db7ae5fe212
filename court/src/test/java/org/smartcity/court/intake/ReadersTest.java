package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadersTest {
    private final DateTimeReader dates = new DateTimeReader();
    private final QuantityReader quantities = new QuantityReader();
    private final Labels labels = Labels.builtIn();

    @Test
    void dateTimesInTheFormatsFormsUse() {
        assertThat(dates.read("2024年3月9日21时40分").orElseThrow().start()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(dates.read("2024-03-09 21:40").orElseThrow().start()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(dates.read("2024.3.9 晚9时").orElseThrow().start()).isEqualTo("2024-03-09T21:00:00+08:00");
        DateTimeReader.Reading span =
                dates.read("2024/03/09 22:10 至 2024/03/10 01:05").orElseThrow();
        assertThat(span.end()).isEqualTo("2024-03-10T01:05:00+08:00");
        assertThat(dates.read("2024年3月9日").orElseThrow().complete()).isFalse();
        assertThat(dates.read("无")).isEmpty();
    }

    @Test
    void quantitiesWithThousandsSeparatorsAndChineseNumerals() {
        assertThat(quantities.money("人民币4,300元").getAsDouble()).isEqualTo(4300.0);
        assertThat(quantities.money("三千二百元").getAsDouble()).isEqualTo(3200.0);
        assertThat(quantities.money("1.5万元").getAsDouble()).isEqualTo(15000.0);
        assertThat(quantities.alcohol("血液中乙醇含量为136.5mg/100ml").getAsDouble()).isEqualTo(136.5);
        assertThat(quantities.grams("净重1.2kg").getAsDouble()).isEqualTo(1200.0);
    }

    @Test
    void fieldsSplitAtLabelsOfEitherWidth() {
        List<Field> f = Field.split(IntakeLine.of("侦查员：林巧玲、郑凯 工作单位:某分局", 1, 1.0));
        assertThat(f).extracting(Field::label).containsExactly("侦查员", "工作单位");
        assertThat(f.get(0).value()).isEqualTo("林巧玲、郑凯");
        assertThat(Field.split(IntakeLine.of("问：你叫什么？", 1, 1.0)))
                .extracting(Field::label)
                .containsExactly("问");
        assertThat(Field.split(IntakeLine.of("2024年 10:00", 1, 1.0))).isEmpty();
    }

    @Test
    void signatureLinesInSeveralWordingsAndBlankOnes() {
        SignatureLine a = SignatureLine.of(Field.first(IntakeLine.of("被讯问人（签名捺印）：洪少杰", 1, 1)), labels);
        assertThat(a.role()).isEqualTo("被讯问人");
        assertThat(a.name()).isEqualTo("洪少杰");
        SignatureLine b = SignatureLine.of(Field.first(IntakeLine.of("侦查员签字：______", 1, 1)), labels);
        assertThat(b.role()).isEqualTo("侦查员");
        assertThat(b.name()).isNull();
        SignatureLine c = SignatureLine.of(Field.first(IntakeLine.of("见证人(签名)：吴秀琴 2024年11月7日", 1, 1)), labels);
        assertThat(c.name()).isEqualTo("吴秀琴");
        assertThat(SignatureLine.of(Field.first(IntakeLine.of("侦查员：林巧玲", 1, 1)), labels))
                .isNull();
    }

    @Test
    void theLongestHeadingDecidesTheKind() {
        KindClassifier k = new KindClassifier(labels);
        assertThat(k.classify(List.of("呼气式酒精检测单")).orElseThrow().rule().kind()).isEqualTo("breath-test");
        assertThat(k.classify(List.of("血液酒精含量检验报告")).orElseThrow().rule().kind())
                .isEqualTo("blood-alcohol-test");
        assertThat(k.classify(List.of("照片辨认笔录")).orElseThrow().rule().kind()).isEqualTo("identification-record");
        assertThat(k.classify(List.of("情况说明", "")).isEmpty()).isTrue();
    }

    @Test
    void namesWithoutRemarks() {
        assertThat(PersonRegistry.names("林春生（废品收购站经营者）、吴秀琴")).containsExactly("林春生", "吴秀琴");
        assertThat(PersonRegistry.cleanName("______")).isNull();
    }

    @Test
    void foldingMakesFullWidthPunctuationHalfWidth() {
        assertThat(WidthFolding.fold("时间：２０２４年（上午）")).isEqualTo("时间:2024年(上午)");
    }
}
