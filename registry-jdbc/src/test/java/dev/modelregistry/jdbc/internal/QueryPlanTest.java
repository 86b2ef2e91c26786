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
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every query the store runs for the common operations walks an index, so that its cost does not
 * grow with the group: the statements are captured as they run (through a recording data source)
 * and explained with the same parameters.
 */
abstract class QueryPlanTest {
  private final List<Captured> captured = new ArrayList<>();
  private Jdbi jdbi;
  private SqlRegistryStore store;

  protected abstract JdbcDialect dialect();

  protected abstract DataSource dataSource();

  protected abstract @Nullable String schema();

  /** Runs an EXPLAIN in a session where the planner prefers indexes when it can use them. */
  protected abstract String explain(Handle handle, Query explainQuery);

  /** Asserts that a plan walks indexes only, in the order the query asks for. */
  protected abstract void assertWalksIndex(String sql, String plan);

  /** A query as it ran: its JDBC SQL, and the values bound to its parameters in order. */
  record Captured(String sql, List<Object> arguments) {}

  @BeforeEach
  void fill() {
    SqlNames names = new SqlNames(schema(), JdbcRegistryStore.DEFAULT_TABLE_PREFIX);
    jdbi = StoreOpener.jdbi(dataSource());
    new SchemaMigrator(jdbi, Dialect.of(dialect()), names)
        .migrate(SchemaMode.CREATE_OR_UPGRADE, SchemaScripts.currentVersion());
    store = new SqlRegistryStore(recording(dataSource()), dialect(), names, 3,
        "plan-test");
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
    captured.clear();
  }

  /** Returns the data source with every query the store runs recorded in {@link #captured}. */
  private DataSource recording(DataSource target) {
    return proxy(DataSource.class, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? recording(connection) : result;
    });
  }

  private Connection recording(Connection target) {
    return proxy(Connection.class, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement p) {
        return recording(p, (String) args[0]);
      }
      return result;
    });
  }

  private PreparedStatement recording(PreparedStatement target, String sql) {
    Map<Integer, Object> values = new TreeMap<>();
    return proxy(PreparedStatement.class, (proxy, method, args) -> {
      if (method.getName().startsWith("set") && args != null && args.length == 2
          && args[0] instanceof Integer index) {
        values.put(index, args[1]);
      }
      if (method.getName().equals("executeQuery") && sql.strip().startsWith("SELECT")) {
        captured.add(new Captured(sql, new ArrayList<>(values.values())));
      }
      return invoke(target, method, args);
    });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(QueryPlanTest.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private String explain(Captured statement) {
    return jdbi.withHandle(handle -> {
      Query query = handle.createQuery("EXPLAIN " + statement.sql());
      for (int i = 0; i < statement.arguments().size(); i++) {
        query.bind(i, statement.arguments().get(i));
      }
      return explain(handle, query);
    });
  }

  private void assertIndexed(String operation, Consumer<SqlRegistryStore> run) {
    captured.clear();
    run.accept(store);
    List<Captured> statements = List.copyOf(captured);
    assertThat(statements).as(operation).isNotEmpty();
    for (Captured statement : statements) {
      assertWalksIndex(operation + ": " + statement.sql(), explain(statement));
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
    String plan = explain(latest);
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
