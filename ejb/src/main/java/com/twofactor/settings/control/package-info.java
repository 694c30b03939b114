/**
 * The Test of the branded app's host registration: {@link com.twofactor.settings.control.HostProbe}
 * asks the registered host for this server's readiness page over http or https (certificate checked
 * against the JVM's trust store), and {@link com.twofactor.settings.control.HostTestMessages},
 * plain Java, tells the administrator in plain words what the answer or the failure means and what
 * to do about it. {@link com.twofactor.settings.control.SystemUserAccess}, plain Java too, refuses
 * settings under which system users could no longer log in.
 */
package com.twofactor.settings.control;
