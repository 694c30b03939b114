package com.twofactor.login.view;

import com.twofactor.clients.entity.ClientContext;
import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginRequest;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.Logins;
import com.twofactor.shared.boundary.GoneException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Validates console credentials by running the same login as the API ({@link Logins}), so the
 * lockout and every other rule apply alike. It validates and provides the groups of its callers
 * (the default validation types): a store that only validated would hand over no groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Logins logins;
  @Inject LoginChallenges challenges;
  @Inject LoginAttempt attempt;
  @Inject HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginResult result =
        logins.login(
            new LoginRequest(
                credential.getCaller(),
                credential.getPasswordAsString(),
                ClientContext.CONSOLE,
                request.getRemoteAddr()));
    attempt.record(result);
    return validationOf(result);
  }

  /** The second step of a console login is done: its challenge becomes the session, once. */
  public CredentialValidationResult validate(ChallengeCredential credential) {
    try {
      return validationOf(challenges.redeem(credential.challengeId()));
    } catch (GoneException e) {
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  private static CredentialValidationResult validationOf(LoginResult result) {
    if (result instanceof LoginResult.Authenticated authenticated) {
      return new CredentialValidationResult(
          new StampedCaller(authenticated.loginName(), authenticated.securityStamp()),
          Set.of(authenticated.group()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
