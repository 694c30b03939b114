/** Plain helpers every feature's controls share. */
package com.twofactor.shared.control;
