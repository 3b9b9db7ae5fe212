package org.smartcity.court.sentencing;

/**
 * Where something was found in the facts: the words matched, the clause around them and the offset. Immutable.
 *
 * @param matched the words that matched, e.g. {@code 主动投案}
 * @param phrase the clause they are in (at most {@value PhraseFinder#MAX_PHRASE} characters around the match)
 * @param start the offset of the match in the fact text
 */
public record Mention(String matched, String phrase, int start) {}
