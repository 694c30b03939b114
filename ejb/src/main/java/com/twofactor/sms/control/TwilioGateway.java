package com.twofactor.sms.control;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import com.twofactor.config.TwilioConfig;
import com.twofactor.shared.boundary.UpstreamFailureException;
import com.twofactor.sms.entity.TwilioSettings;
import com.twofactor.sms.entity.TwilioSettingsRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends SMS through Twilio's Messages API with the twilio-java SDK. Requests go to {@code
 * twofactor.twilio.api-base-url} (Twilio's own API unless configured otherwise), with the connect
 * and read timeouts of the configuration. A refusal or silence of Twilio becomes an {@link
 * UpstreamFailureException} saying what went wrong and what to do, and is recorded for the
 * dashboard; nothing else of the caller's is changed. Neither the auth token, nor the text, nor the
 * full number is ever logged.
 */
@ApplicationScoped
public class TwilioGateway {

  private static final Logger LOG = Logger.getLogger(TwilioGateway.class.getName());

  static final String NO_ANSWER =
      "Twilio did not answer in time or could not be reached; nothing was sent. Try again"
          + " later; if it persists, check this server's connection to Twilio";

  @Inject TwilioConfig config;
  @Inject TwilioSettingsRepository settings;
  @Inject Clock clock;

  private HttpClient http;

  @PostConstruct
  void init() {
    Timeout connect = Timeout.of(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    Timeout read = Timeout.of(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    @SuppressWarnings("deprecation")
    RequestConfig requests =
        RequestConfig.custom()
            .setConnectTimeout(connect)
            .setConnectionRequestTimeout(connect)
            .setResponseTimeout(read)
            .build();
    SocketConfig sockets = SocketConfig.custom().setSoTimeout(read).build();
    http = new BaseUrlHttpClient(config.apiBaseUrl(), new NetworkHttpClient(requests, sockets));
  }

  /**
   * Sends {@code text} to {@code toE164} from the configured sender.
   *
   * @throws UpstreamFailureException when Twilio refused the message or did not answer
   */
  public void send(TwilioSettings twilio, String toE164, String text) {
    TwilioRestClient client =
        new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
            .accountSid(twilio.accountSid())
            .httpClient(http)
            .build();
    try {
      Message.creator(new PhoneNumber(toE164), new PhoneNumber(twilio.senderNumber()), text)
          .create(client);
      settings.recordSent(clock.instant());
    } catch (ApiException e) {
      // The SDK reports a connection or read failure as an ApiException without a status.
      throw failed(
          e.getStatusCode() == null || e.getStatusCode() == 0
              ? NO_ANSWER
              : refusal(e.getStatusCode(), e.getCode()));
    } catch (ApiConnectionException e) {
      throw failed(NO_ANSWER);
    } catch (TwilioException e) {
      throw failed("Twilio could not send the SMS (" + e.getClass().getSimpleName() + ")");
    }
  }

  private UpstreamFailureException failed(String reason) {
    LOG.warning(() -> "SMS not sent: " + reason);
    settings.recordSendFailure(reason, clock.instant());
    return new UpstreamFailureException("The SMS could not be sent: " + reason);
  }

  static String refusal(Integer status, Integer code) {
    int http = status == null ? 0 : status;
    String twilioCode = code == null ? "" : ", Twilio error " + code;
    if (http == 401 || http == 403) {
      return "Twilio refused the Account SID or Auth Token (HTTP "
          + http
          + twilioCode
          + "). Check the Twilio credentials in the two-factor settings";
    }
    if (http == 429) {
      return "Twilio is limiting the requests of this account (HTTP 429"
          + twilioCode
          + "). Try again in a few minutes";
    }
    if (http >= 500) {
      return "Twilio had an error (HTTP " + http + twilioCode + "). Try again later";
    }
    return "Twilio refused the message (HTTP "
        + http
        + twilioCode
        + "). Check the sender number and the recipient's number";
  }

  /**
   * The SDK's HTTP client with every request sent to the configured base URL instead of Twilio's
   * host: path, query, form, headers and authentication stay as the SDK built them.
   */
  static final class BaseUrlHttpClient extends HttpClient {

    private final String baseUrl;
    private final HttpClient delegate;

    BaseUrlHttpClient(String baseUrl, HttpClient delegate) {
      this.baseUrl = baseUrl;
      this.delegate = delegate;
    }

    @Override
    public Response makeRequest(Request request) {
      return delegate.makeRequest(redirected(request));
    }

    private Request redirected(Request request) {
      URI original = URI.create(request.getUrl());
      Request copy = new Request(request.getMethod(), baseUrl + original.getRawPath());
      copyParams(request.getQueryParams(), copy::addQueryParam);
      copyParams(request.getPostParams(), copy::addPostParam);
      copyParams(request.getHeaderParams(), copy::addHeaderParam);
      if (request.getContentType() != null) {
        copy.setContentType(request.getContentType());
      }
      if (request.getBody() != null) {
        copy.setBody(request.getBody());
      }
      if (request.getAuthStrategy() != null) {
        copy.setAuth(request.getAuthStrategy());
      } else if (request.getUsername() != null) {
        copy.setAuth(request.getUsername(), request.getPassword());
      }
      copy.setUserAgentExtensions(request.getUserAgentExtensions());
      return copy;
    }

    private static void copyParams(
        Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
      params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
  }
}
