package dev.modelregistry.inmemory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.audit.AuditOperation;
import dev.modelregistry.api.audit.AuditOutcome;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.audit.FieldChange;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.core.spi.AuditQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The compact log table: positions, per-group trails, pruning across chunks, forged positions. */
class AuditLogTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final AuditLog log = new AuditLog();

  private AuditRecord append(String group, int second, AuditOutcome outcome) {
    return log.append(AuditRecord.builder()
        .time(T0.plusSeconds(second))
        .actor(UserContext.ofUserProfile("a"))
        .operation(AuditOperation.UPDATE_MODEL_PACKAGE)
        .outcome(outcome)
        .modelPackageGroupName(group)
        .modelPackageVersion(second % 3 + 1)
        .resourceArn("arn:" + group)
        .addChanges(FieldChange.of("SourceUri", Optional.empty(), Optional.of("s3://b/" + second)))
        .build());
  }

  @Test
  @DisplayName("records come back as appended, with rising positions; denials stay out of the feed")
  void roundTrip() {
    AuditRecord first = append("Churn", 0, AuditOutcome.APPLIED);
    AuditRecord denied = append("fraud", 1, AuditOutcome.DENIED);
    AuditRecord third = append("churn", 2, AuditOutcome.APPLIED);
    assertThat(List.of(first.position(), denied.position(), third.position()))
        .containsExactly(1L, 2L, 3L);
    assertThat(log.readFeed(0, 10)).containsExactly(first, third);
    assertThat(log.list(new AuditQuery("CHURN", null, 0, null, 10))).containsExactly(first, third);
    assertThat(log.list(new AuditQuery("fraud", null, 0, null, 10))).containsExactly(denied);
    assertThat(log.list(new AuditQuery("churn", 3, 0, null, 10))).containsExactly(third);
    assertThat(log.list(new AuditQuery("churn", null, 0, T0.plusSeconds(1), 10)))
        .containsExactly(first);
    assertThat(log.readFeed(Long.MAX_VALUE, 10)).isEmpty();
    assertThat(log.list(new AuditQuery("churn", null, Long.MAX_VALUE, null, 10))).isEmpty();
  }

  @Test
  @DisplayName("pruning across several chunks keeps later records readable and positions rising")
  void pruneAcrossChunks() {
    for (int i = 0; i < 3000; i++) {
      append(i % 2 == 0 ? "even" : "odd", i, AuditOutcome.APPLIED);
    }
    assertThat(log.prune(T0.plusSeconds(2500))).isEqualTo(2500);
    assertThat(log.prune(T0.plusSeconds(2500))).isZero();
    List<AuditRecord> feed = log.readFeed(0, 1000);
    assertThat(feed).hasSize(500);
    assertThat(feed.get(0).position()).isEqualTo(2501);
    assertThat(log.list(new AuditQuery("even", null, 0, null, 1000))).hasSize(250)
        .allMatch(r -> r.position() > 2500);
    AuditRecord next = append("even", 4000, AuditOutcome.APPLIED);
    assertThat(next.position()).isEqualTo(3001);
    assertThat(log.readFeed(3000, 10)).containsExactly(next);
  }
}
