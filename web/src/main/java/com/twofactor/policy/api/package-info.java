/** The policy group endpoints of the API. */
package com.twofactor.policy.api;
