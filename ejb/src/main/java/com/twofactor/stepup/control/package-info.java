/** Recording and checking fresh step-up proofs, bound to a session, valid for a window. */
package com.twofactor.stepup.control;
