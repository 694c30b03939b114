/**
 * Step-up: a logged-in caller proves again who they are (a current device code, a recovery code, or
 * the password where nothing is paired) before changing a second factor. The proof serves the
 * caller's own session for a few minutes; every proof is a try from the account's failure budget.
 */
package com.twofactor.stepup.boundary;
