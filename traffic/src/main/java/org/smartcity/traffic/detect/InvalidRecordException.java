package org.smartcity.traffic.detect;

/** A line that is not a valid detector record; the message is one line naming the field and reason. */
public final class InvalidRecordException extends Exception {
    public InvalidRecordException(String message) {
        super(message);
    }
}
