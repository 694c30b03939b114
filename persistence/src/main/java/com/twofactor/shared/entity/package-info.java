/**
 * Small pieces every feature's persistence shares: paging of admin lists and the mapping of
 * instants to time-zone-aware columns, so H2 and PostgreSQL store the same moment.
 */
package com.twofactor.shared.entity;
