package org.smartcity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 17, item 19: the README names the CJK font package a server or headless browser needs, the one the pages ask for. */
class ReadmeFontTest {
    @Test
    void theReadmeNamesTheFontPackageOfTheFontThePagesAskFor() throws IOException {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).exists();
        String text = Files.readString(readme);
        assertThat(text).contains("apt-get install fonts-noto-cjk");
        String css;
        try (InputStream in = ReadmeFontTest.class.getResourceAsStream("/court/static/court.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = css.indexOf("font-family:");
        assertThat(at).isNotNegative();
        String first = css.substring(at + "font-family:".length())
                .strip()
                .split(",")[0]
                .replace("\"", "");
        assertThat(first).as("the first font the pages ask for").startsWith("Noto Sans CJK");
        assertThat(text).contains(first);
    }
}
