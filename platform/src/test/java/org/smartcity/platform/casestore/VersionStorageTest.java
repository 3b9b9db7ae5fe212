package org.smartcity.platform.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

/** Evidence edits store what changed, not the whole document again, and every version reads back exactly. */
class VersionStorageTest {
    @TempDir
    Path dir;

    Platform platform;

    @BeforeEach
    void open() {
        platform = Platform.open(Database.h2Url(dir), 4);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    /** A compact JSON document holding the evidence items' texts. */
    static String document(String[] texts) {
        StringBuilder b = new StringBuilder("{\"caseId\":\"V-1\",\"evidence\":[");
        for (int i = 0; i < texts.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"E")
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(texts[i])
                    .append("\"}");
        }
        return b.append("]}").toString();
    }

    long storedChars() {
        return platform.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(LENGTH(document)) FROM case_versions");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void editsStoreTheirChangeAndEveryVersionReadsBackExactly() {
        String[] texts = new String[300];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "证人证言第" + i + "份，内容与案件事实相符。";
        }
        List<String> documents = new ArrayList<>();
        documents.add(document(texts));
        StoredCase c = platform.cases().create("wang", "V-1", "t", "investigation", documents.get(0), "import");
        String[] edits = {"改😀", "😀😀 replaced", "another text", "", "最后一次修改😀"};
        for (int i = 0; i < 40; i++) {
            texts[(i * 37) % texts.length] = edits[i % edits.length] + i; // one item replaced per version
            String next = document(texts);
            documents.add(next);
            platform.cases().addVersion("wang", c.id(), i + 1, "investigation", "t", next, "evidence edited");
        }
        List<CaseVersion> versions = platform.cases().versions(c.id());
        assertThat(versions).extracting(CaseVersion::document).containsExactlyElementsOf(documents);
        assertThat(platform.cases().version(c.id(), 23).orElseThrow().document())
                .isEqualTo(documents.get(22));
        long whole = documents.get(0).length();
        assertThat(storedChars())
                .as("41 versions of a %d-character document", whole)
                .isLessThan(5 * whole);
        assertThat(platform.stateProblems()).isEmpty();
        assertThat(platform.audit().verify().intact()).isTrue();
    }
}
