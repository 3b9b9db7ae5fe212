package org.smartcity.court.quality;

/**
 * A corpus folder that cannot be scored: no {@code expected.json}, an entry of the wrong shape, a case file that
 * cannot be read or that has no expected entry. The message is one line: {@code FILE: at PATH: REASON}.
 */
public final class CorpusException extends Exception {
    private static final long serialVersionUID = 1L;

    public CorpusException(String file, String path, String reason) {
        super(file + ": at " + path + ": " + reason);
    }

    public CorpusException(String file, String path, String reason, Throwable cause) {
        super(file + ": at " + path + ": " + reason, cause);
    }
}
