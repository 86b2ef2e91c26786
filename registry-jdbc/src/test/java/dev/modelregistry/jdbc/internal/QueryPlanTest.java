package dev.modelregistry.jdbc.internal;

import static dev.modelregistry.jdbc.testing.StoreFixtures.T0;
import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.modelPackage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.GroupQuery;
import dev.modelregistry.core.spi.PackageQuery;
import dev.modelregistry.jdbc.JdbcDialect;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.SchemaMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every query the store runs for the common operations walks an index, so that its cost does not
 * grow with the group: the statements are captured as they run and explained with the same
 * parameters.
 */
abstract class QueryPlanTest {
  private final List<Captured> captured = new ArrayList<>();
  private Jdbi jdbi;
  private JdbiRegistryStore store;

  protected abstract JdbcDialect dialect();

  protected abstract DataSource dataSource();

  protected abstract @Nullable String schema();

  /** Runs an EXPLAIN in a session where the planner prefers indexes when it can use them. */
  protected abstract String explain(Handle handle, Query explainQuery);

  /** Asserts that a plan walks indexes only, in the order the query asks for. */
  protected abstract void assertWalksIndex(String sql, String plan);

  /** A statement as it ran: its SQL with named parameters, and their arguments. */
  record Captured(String sql, Map<String, Argument> arguments) {}

  @BeforeEach
  void fill() {
    SqlNames names = new SqlNames(schema(), JdbcRegistryStore.DEFAULT_TABLE_PREFIX);
    jdbi = StoreOpener.jdbi(dataSource());
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names)
        .migrate(SchemaMode.CREATE_OR_UPGRADE, SchemaScripts.currentVersion());
    store = new JdbiRegistryStore(jdbi, dialect(), names, 3, "plan-test");
    for (String name : List.of("churn", "fraud")) {
      store.insertGroup(group(name, T0));
      for (int v = 1; v <= 150; v++) {
        var status = ModelApprovalStatus.values()[v % 3];
        var pkg = modelPackage(name, v, T0.plusMillis(v), status);
        store.insertPackage(name, new ClientTokenClaim("token-" + v, "f"), (g, x) -> created(pkg));
      }
    }
    jdbi.useHandle(h -> h.execute(names.render(dialect() == JdbcDialect.POSTGRESQL
        ? "ANALYZE ${schema}${prefix}model_package" : "ANALYZE")));
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      @SuppressWarnings("removal") // Binding's lookups are the only way to read bound arguments
      public void logAfterExecution(StatementContext context) {
        Map<String, Argument> arguments = new LinkedHashMap<>();
        for (String name : context.getBinding().getNames()) {
          context.getBinding().findForName(name, context).ifPresent(a -> arguments.put(name, a));
        }
        if (context.getRawSql().strip().startsWith("SELECT")) {
          captured.add(new Captured(context.getRawSql(), arguments));
        }
      }
    });
  }

  private void assertIndexed(String operation, Consumer<JdbiRegistryStore> run) {
    captured.clear();
    run.accept(store);
    List<Captured> statements = List.copyOf(captured);
    assertThat(statements).as(operation).isNotEmpty();
    for (Captured statement : statements) {
      String plan = jdbi.withHandle(handle -> {
        Query query = handle.createQuery("EXPLAIN " + statement.sql());
        statement.arguments().forEach(query::bind);
        return explain(handle, query);
      });
      assertWalksIndex(operation + ": " + statement.sql(), plan);
    }
  }

  @Test
  @DisplayName("lookups by name, by version, by client token and of the latest versions use indexes")
  void lookupsUseIndexes() {
    assertIndexed("find group", s -> s.findGroup("CHURN"));
    assertIndexed("find package", s -> s.findPackage("Churn", 75));
    assertIndexed("latest", s -> s.findLatestPackage("churn", null));
    assertIndexed("latest approved", s -> s.findLatestPackage("churn", ModelApprovalStatus.APPROVED));
    assertIndexed("client token", s -> s.insertPackage("churn", new ClientTokenClaim("token-7",
        "f"), (g, v) -> created("churn", v)));
  }

  @Test
  @DisplayName("the latest approved version is found through the approval index of schema V2")
  void latestApprovedUsesApprovalIndex() {
    captured.clear();
    store.findLatestPackage("churn", ModelApprovalStatus.APPROVED);
    Captured latest = List.copyOf(captured).get(captured.size() - 1);
    String plan = jdbi.withHandle(handle -> {
      Query query = handle.createQuery("EXPLAIN " + latest.sql());
      latest.arguments().forEach(query::bind);
      return explain(handle, query);
    });
    assertThat(plan.toLowerCase(java.util.Locale.ROOT)).contains("package_approval_ix");
  }

  @Test
  @DisplayName("keyset pages of both lists, by both keys, in both orders walk an index")
  void pagesWalkIndexes() {
    for (SortBy sortBy : SortBy.values()) {
      for (SortOrder order : SortOrder.values()) {
        String label = sortBy + " " + order;
        assertIndexed("groups " + label, s -> s.listGroups(new GroupQuery(null, null, null,
            sortBy, order, new GroupQuery.GroupCursor(T0, "churn"), 10)));
        for (String groupName : new String[] {"churn", null}) {
          assertIndexed("packages of " + groupName + " " + label, s -> s.listPackages(
              new PackageQuery(groupName, null, null, null, null, sortBy, order,
                  new PackageQuery.PackageCursor(T0.plusMillis(75), "churn", 75), 10)));
          assertIndexed("first page of " + groupName + " " + label, s -> s.listPackages(
              new PackageQuery(groupName, null, null, null, null, sortBy, order, null, 10)));
        }
      }
    }
  }
}
