/**
 * Managing accounts: backup users (admins, API users and the owning sub-admin) and system users
 * (admins only). Who may see and change what is decided here, so the console and the API cannot
 * differ: read-only roles change nothing, a sub-admin sees only the backup users it owns.
 */
package com.twofactor.users.boundary;
