/**
 * The audit trail: boundaries fire {@link com.twofactor.audit.boundary.Audited} events for every
 * change and every refused or locked login; {@link com.twofactor.audit.boundary.AuditTrail} writes
 * them in their own transaction and lets administrators read them.
 */
package com.twofactor.audit.boundary;
