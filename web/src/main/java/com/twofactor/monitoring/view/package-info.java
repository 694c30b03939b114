/** The console's Monitoring pages: the dashboard, an overview of what the caller manages. */
package com.twofactor.monitoring.view;
