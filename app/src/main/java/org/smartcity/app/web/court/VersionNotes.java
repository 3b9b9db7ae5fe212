package org.smartcity.app.web.court;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes {@link CaseService} writes with each case version ({@code imported from upload}, {@code evidence E7
 * replaced}) in the page's language; any other note is shown as written. Stateless.
 */
final class VersionNotes {
    private static final Pattern EVIDENCE = Pattern.compile("evidence (.+) (added|replaced)");
    private static final Pattern IMPORTED = Pattern.compile("imported from (.+)");

    private VersionNotes() {}

    static String of(String note, boolean zh) {
        Matcher m = EVIDENCE.matcher(note);
        if (m.matches()) {
            boolean added = m.group(2).equals("added");
            return zh
                    ? (added ? "补充证据 " : "替换证据 ") + m.group(1)
                    : (added ? "evidence added: " : "evidence replaced: ") + m.group(1);
        }
        m = IMPORTED.matcher(note);
        if (m.matches()) {
            String source = m.group(1).equals("upload") ? (zh ? "上传的卷宗文件" : "an uploaded case file") : m.group(1);
            return (zh ? "导入：" : "imported from ") + source;
        }
        return note;
    }
}
