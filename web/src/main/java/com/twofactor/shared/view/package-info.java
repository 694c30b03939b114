/**
 * What every console page shares: who may change what ({@link Permissions}), boundary refusals
 * turned into page messages ({@link Messages}), lazy tables over the boundaries' paged lists
 * ({@link PagedRows}) and reading records in EL ({@link RecordElResolver}).
 */
package com.twofactor.shared.view;
