/**
 * Named settings (e.g. whether the review assistant's suggestions are shown), each change audited in the same
 * transaction. Above {@code store} and {@code audit}: the store knows nothing of the audit log.
 */
package org.smartcity.platform.settings;
