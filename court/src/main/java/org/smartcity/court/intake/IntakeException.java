package org.smartcity.court.intake;

/** A file or page that cannot be taken in; the message is one line naming the file, the page when known, and why. */
public final class IntakeException extends Exception {
    private static final long serialVersionUID = 1L;

    public IntakeException(String file, int page, String reason) {
        super(file + (page > 0 ? ", page " + page : "") + ": " + reason);
    }

    public IntakeException(String file, int page, String reason, Throwable cause) {
        super(file + (page > 0 ? ", page " + page : "") + ": " + reason, cause);
    }
}
