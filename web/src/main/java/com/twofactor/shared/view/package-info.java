/**
 * What every console page shares: who may change what ({@link Permissions}), boundary refusals
 * turned into page messages ({@link Messages}), lazy tables over the boundaries' paged lists
 * ({@link PagedRows}, or {@link KeysetRows} for a list too large for offsets, both keyed rows of
 * {@link KeyedRows}) and reading records in EL ({@link RecordElResolver}).
 */
package com.twofactor.shared.view;
