package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceListTest {
    private static final Pattern REGEX = Pattern.compile("\\s+");

    @Test
    void splitsAsTheWhitespaceRegexDoes() {
        String[] texts = {
            "",
            " ",
            "   ",
            "a",
            "a b",
            "a  b",
            " a b",
            "a b ",
            "  a\tb\n\nc \r\n",
            "e1 e2 e3 e4 e5 e6 e7 e8 e9 e10",
            "1.5,2.5 3,4",
            "a\u000Bb\fc",
            "a\u0001b",
            "-E0 :J1_0 E1"
        };
        for (String text : texts) {
            assertThat(WhitespaceList.split(text)).as("'%s'", text).containsExactly(REGEX.split(text));
        }
    }
}
