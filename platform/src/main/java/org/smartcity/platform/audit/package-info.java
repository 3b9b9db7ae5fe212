/** The append-only, SHA-256 hash-chained audit log and its verification. */
package org.smartcity.platform.audit;
