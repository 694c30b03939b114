/**
 * What every business component shares: the application exceptions a boundary throws (one unchecked
 * root, small subclasses the web layer maps to HTTP statuses) and the caller's roles.
 */
package com.twofactor.shared.boundary;
