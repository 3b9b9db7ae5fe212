package org.smartcity.traffic.signal;

/** Creates the controller of one intersection; a named plug-in registered in {@link SignalControllers}. */
@FunctionalInterface
public interface SignalControllerFactory {
    SignalController create(IntersectionLayout layout, SignalProtocol protocol);
}
