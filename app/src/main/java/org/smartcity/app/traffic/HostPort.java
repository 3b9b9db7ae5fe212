package org.smartcity.app.traffic;

import org.smartcity.app.cli.UserError;

/** A {@code HOST:PORT} option value. */
record HostPort(String host, int port) {
    static HostPort parse(String option, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new UserError(option + " must be HOST:PORT, got '" + value + "'");
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new HostPort(value.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new UserError(option + ": port must be 1..65535, got '" + value.substring(colon + 1) + "'");
        }
    }
}
