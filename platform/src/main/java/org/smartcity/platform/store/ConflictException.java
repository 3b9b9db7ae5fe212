package org.smartcity.platform.store;

/** A write refused because the data changed meanwhile or already exists (duplicate name, stale stage). */
public final class ConflictException extends StoreException {
    public ConflictException(String message) {
        super(message);
    }
}
