package com.twofactor.login.control;

import com.twofactor.clients.entity.ConnectionType;
import com.twofactor.config.TokenConfig;
import com.twofactor.users.entity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Issues the access token that ends a login, for every client but the console (which gets an HTTP
 * session instead). One signer for the application: the key is parsed once.
 */
@ApplicationScoped
public class AccessTokens {

  @Inject TokenConfig config;
  @Inject Clock clock;

  private TokenSigner signer;

  @PostConstruct
  void init() {
    signer = new TokenSigner(config.keys(), config.issuer(), config.lifetime(), clock);
  }

  public Optional<AccessToken> issueFor(Account account, ConnectionType client) {
    if (client == ConnectionType.CONSOLE) {
      return Optional.empty();
    }
    String token =
        signer.sign(account.loginName(), List.of(account.securityGroup()), account.securityStamp());
    return Optional.of(new AccessToken(token, signer.lifetime()));
  }
}
