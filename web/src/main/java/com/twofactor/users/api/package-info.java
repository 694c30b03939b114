/** The backup user, system user and self-service endpoints of the API. */
package com.twofactor.users.api;
