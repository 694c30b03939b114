/**
 * Policy groups of backup users and their two-factor requirement. Every admin role reads them;
 * admins and API users change them.
 */
package com.twofactor.policy.boundary;
