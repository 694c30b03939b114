/** The console's "Confirm it is you" dialog, which proves a step-up and retries the action. */
package com.twofactor.stepup.view;
