package com.twofactor.push.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.config.PushConfig;
import com.twofactor.shared.control.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The push relay's channel follows its deliveries and never names the relay's address. */
class PushRelayChannelTest {

  private static final String RELAY = "https://relay.example/notify?key=relay-key-1";

  @Test
  void notConfiguredUnknownUnreachableAndUpAgain() {
    RelayState state = new RelayState();
    state.clock = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
    PushRelayChannel channel = new PushRelayChannel();
    channel.state = state;

    channel.config = relay(Optional.empty());
    assertThat(channel.name()).isEqualTo("pushRelay");
    assertThat(channel.report().state()).isEqualTo(Channel.State.NOT_CONFIGURED);

    channel.config = relay(Optional.of(RELAY));
    assertThat(channel.report().state()).isEqualTo(Channel.State.UNKNOWN);

    state.failed("https://relay.example", "HTTP 503");
    Channel.Report down = channel.report();
    assertThat(down.state()).isEqualTo(Channel.State.UNREACHABLE);
    assertThat(down.detail())
        .contains("2026-12-03T08:00:00Z", "HTTP 503")
        .doesNotContain("relay.example", "relay-key-1");

    state.clock = Clock.offset(state.clock, java.time.Duration.ofSeconds(1));
    state.succeeded();
    Channel.Report up = channel.report();
    assertThat(up.state()).isEqualTo(Channel.State.UP);
    assertThat(up.detail()).isEqualTo("last delivery worked at 2026-12-03T08:00:01Z");
  }

  private static PushConfig relay(Optional<String> url) {
    return new PushConfig() {
      @Override
      public Optional<String> relayUrl() {
        return url;
      }
    };
  }
}
