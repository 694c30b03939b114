/** The console's "My 2FA devices" page: pair, rename and remove the account's own devices. */
package com.twofactor.totp.view;
