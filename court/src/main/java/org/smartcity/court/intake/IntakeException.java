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

    private IntakeException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The same failure as seen from inside {@code folder}: its name taken off the file named in the message ({@code
     * docs/a.txt, page 1: …} becomes {@code a.txt, page 1: …}; a message about the folder itself names {@code
     * replacement}).
     */
    public IntakeException inside(String folder, String replacement) {
        String m = getMessage();
        if (m.startsWith(folder + "/")) {
            m = m.substring(folder.length() + 1);
        } else if (m.startsWith(folder + ":")) {
            m = replacement + m.substring(folder.length());
        }
        return new IntakeException(m, getCause());
    }
}
