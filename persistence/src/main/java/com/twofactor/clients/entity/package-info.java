/**
 * What a client says of itself at login: its type and version, and the kind of connection it asks
 * for. Logins, the two-factor policy and the user lists read these; none of them owns it.
 */
package com.twofactor.clients.entity;
