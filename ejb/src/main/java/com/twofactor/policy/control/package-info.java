/**
 * The two-factor policy decision: given who logs in, from which client, with which devices, under
 * which settings, whether the login needs nothing more, a skippable setup prompt, a setup that
 * cannot be skipped, a challenge (and by which methods), or must be refused. Plain Java, so the
 * whole decision table is walked by a unit test.
 */
package com.twofactor.policy.control;
