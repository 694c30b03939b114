/**
 * The push relay as administrators see it: whether it answers. The branded app's side of a login
 * (pairing, push requests) is the login's ({@code login.boundary.MobileLogins}).
 */
package com.twofactor.push.boundary;
