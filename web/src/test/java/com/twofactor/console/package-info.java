/**
 * System tests of the console in Chromium: page objects for the login page, the menu and the pages,
 * and the tests that drive them against the shared running application.
 */
package com.twofactor.console;
