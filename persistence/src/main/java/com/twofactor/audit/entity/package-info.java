/**
 * The audit trail: an append-only table of who did what to whom, when and from where, read newest
 * first by administrators.
 */
package com.twofactor.audit.entity;
