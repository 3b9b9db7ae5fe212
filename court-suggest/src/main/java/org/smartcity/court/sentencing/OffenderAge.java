package org.smartcity.court.sentencing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcity.court.extract.ChineseNumber;

/**
 * The offender's age at the offence when the facts state it: {@code 作案时年仅17岁}, {@code 犯罪时未满十八周岁} (read as
 * 17), {@code 时年16周岁}. Stateless.
 */
final class OffenderAge {
    private static final Pattern AGE = Pattern.compile(
            "(?:作案时|犯罪时|案发时|行为时|时年)(?:系|为|年仅|仅|已满|刚满)?(?<under>未满|不满)?(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})周?岁");

    private OffenderAge() {}

    /** The age and where it was stated, the first mention in the text. */
    static Optional<Found> find(String text) {
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            Optional<Integer> n = ChineseNumber.parse(m.group("n")).map(v -> v.intValue());
            if (n.isPresent() && n.get() > 0 && n.get() < 120) {
                int age = m.group("under") != null ? n.get() - 1 : n.get();
                return Optional.of(new Found(age, PhraseFinder.mention(text, m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * An age read from the facts.
     *
     * @param years the age in full years
     * @param mention where it was stated
     */
    record Found(int years, Mention mention) {}
}
