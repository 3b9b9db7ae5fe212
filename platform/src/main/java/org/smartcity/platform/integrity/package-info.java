/**
 * Ties the stored state to the audit chain: {@link org.smartcity.platform.integrity.AuditReplay} recomputes, from each
 * security-relevant row, the audit entry that must have written it and replays the chain to the state it implies.
 */
package org.smartcity.platform.integrity;
