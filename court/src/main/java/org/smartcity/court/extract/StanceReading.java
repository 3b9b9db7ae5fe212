package org.smartcity.court.extract;

/**
 * The stance of one statement with the turn it rests on, so that a finding can show why.
 *
 * @param stance what the statement amounts to
 * @param quote the question and answer that decided it ({@code 问：… 答：…}, or the answer alone), empty for
 *     {@link Stance#NONE}
 * @param reason why the turn reads so: {@code admits}, {@code denies}, {@code retracts}, {@code partial},
 *     {@code short answer to a question about the act}, or empty
 */
public record StanceReading(Stance stance, String quote, String reason) {
    /** A statement that neither admits nor denies. */
    public static final StanceReading NONE = new StanceReading(Stance.NONE, "", "");
}
