package com.twofactor.settings.boundary;

import com.twofactor.settings.control.HostTestOutcome;
import java.time.Instant;

/**
 * How a Test of a host registration went.
 *
 * @param success the host answered as this server does
 * @param result the kind of answer or failure, such as {@code CONNECTION_REFUSED}
 * @param message what it means and what to do, in plain words
 * @param url the host tested
 * @param recorded the saved host was tested and passed: its last successful Test is now {@code
 *     testedAt}
 */
public record HostTestResult(
    boolean success,
    HostTestOutcome.Result result,
    String message,
    String url,
    Instant testedAt,
    boolean recorded) {}
