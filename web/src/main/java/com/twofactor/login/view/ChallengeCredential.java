package com.twofactor.login.view;

import jakarta.security.enterprise.credential.Credential;

/** A completed second step of a console login, redeemed once for the console session. */
record ChallengeCredential(String challengeId) implements Credential {}
