package dev.modelregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.UserContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallerSwitchTest {

  @Test
  @DisplayName("the caller is the first user profile until switched to another caller")
  void reportsTheCurrentCaller() {
    CallerSwitch caller = CallerSwitch.as("trainer");
    assertThat(caller.get()).isEqualTo(UserContext.ofUserProfile("trainer"));

    assertThat(caller.switchTo("reviewer")).isEqualTo(UserContext.ofUserProfile("reviewer"));
    assertThat(caller.get()).isEqualTo(UserContext.ofUserProfile("reviewer"));

    caller.switchTo(UserContext.ofUserProfile("auditor"));
    assertThat(caller.get()).isEqualTo(UserContext.ofUserProfile("auditor"));
  }
}
