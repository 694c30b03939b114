/** The step-up proofs of sessions: which session of which account proved itself again, when. */
package com.twofactor.stepup.entity;
