/** The public login endpoint: a password in, an access token (or a refusal) out. */
package com.twofactor.login.api;
