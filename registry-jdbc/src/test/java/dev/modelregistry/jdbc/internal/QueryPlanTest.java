package dev.modelregistry.jdbc.internal;

import static dev.modelregistry.jdbc.testing.StoreFixtures.T0;
import static dev.modelregistry.jdbc.testing.StoreFixtures.created;
import static dev.modelregistry.jdbc.testing.StoreFixtures.group;
import static dev.modelregistry.jdbc.testing.StoreFixtures.insert;
import static dev.modelregistry.jdbc.testing.StoreFixtures.modelPackage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.model.ImmutableModelPackage;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.SortBy;
import dev.modelregistry.api.model.SortOrder;
import dev.modelregistry.core.spi.AuditQuery;
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
import java.time.Instant;
import java.time.ZoneOffset;
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
  private SqlNames names;

  protected abstract JdbcDialect dialect();

  protected abstract DataSource dataSource();

  protected abstract @Nullable String schema();

  /** Runs an EXPLAIN in a session where the planner prefers indexes when it can use them. */
  protected abstract String explain(Handle handle, Query explainQuery);

  /** Runs an EXPLAIN as the planner would run the query, with no setting changed. */
  protected abstract String explainAsPlanned(Handle handle, Query explainQuery);

  /** Asserts that a plan reads the table through the named index and scans no table. */
  protected abstract void assertUsesIndex(String sql, String plan, String index);

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
      insert(store, group(name, T0));
      for (int v = 1; v <= 150; v++) {
        var status = ModelApprovalStatus.values()[v % 3];
        var pkg = modelPackage(name, v, T0.plusMillis(v), status);
        store.insertPackage(name, new ClientTokenClaim("token-" + v, "f"), (g, x) -> created(pkg));
      }
    }
    this.names = names;
    // Reading the feed sequences the log, as readers of a real registry keep it: statistics
    // taken while every position is NULL would make the planner's choices among the partial
    // position indexes arbitrary.
    store.readFeed(0, 1);
    analyze();
    captured.clear();
  }

  private void analyze() {
    jdbi.useHandle(h -> {
      if (dialect() == JdbcDialect.POSTGRESQL) {
        for (String table : List.of("model_package", "audit_log")) {
          h.execute(names.render("ANALYZE ${schema}${prefix}" + table));
        }
      } else {
        h.execute("ANALYZE");
      }
    });
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
              new PackageQuery(groupName, null, null, null, null, null, Map.of(), sortBy, order,
                  new PackageQuery.PackageCursor(T0.plusMillis(75), "churn", 75), 10)));
          assertIndexed("first page of " + groupName + " " + label, s -> s.listPackages(
              new PackageQuery(groupName, null, null, null, null, null, Map.of(), sortBy, order, null, 10)));
        }
      }
    }
  }

  @Test
  @DisplayName("the audit trail of a group and of a package, and the change feed, read from indexes")
  void trailAndFeedUseIndexes() {
    assertIndexed("group trail", s -> s.listAudit(new AuditQuery("CHURN", null, 10, null, 10)));
    assertIndexed("package trail", s -> s.listAudit(new AuditQuery("churn", 75, 0, null, 10)));
    assertIndexed("group trail until", s -> s.listAudit(
        new AuditQuery("churn", null, 0, T0.plusMillis(50), 10)));
    assertIndexed("feed", s -> s.readFeed(100, 10));
  }

  @Test
  @DisplayName("provenance queries on 100,000 packages answer from the commit and metadata indexes")
  void provenanceQueriesUseIndexes() throws Exception {
    int count = 100_000;
    long started = System.nanoTime();
    loadPackages(count);
    analyze();
    System.out.printf("plan test (%s): loaded %d packages in %d ms%n", dialect(), count,
        (System.nanoTime() - started) / 1_000_000);

    MetadataProperties commit = MetadataProperties.builder().commitId("commit-7777").build();
    // PostgreSQL answers every provenance filter from one GIN index (ProvenanceDocument).
    boolean document = dialect() == JdbcDialect.POSTGRESQL;
    String commitIndex = document ? "package_provenance_ix" : "package_commit_ix";
    String entryIndex = document ? "package_provenance_ix" : "customer_metadata_ix";
    List<Map.Entry<String, PackageQuery>> queries = new ArrayList<>();
    queries.add(Map.entry(commitIndex, new PackageQuery(null, null, null, null, null, commit,
        Map.of(), SortBy.CREATION_TIME, SortOrder.DESCENDING, null, 10)));
    queries.add(Map.entry(entryIndex, new PackageQuery(null, null, null, null, null, null,
        Map.of("run", "run-42424"), SortBy.CREATION_TIME, SortOrder.DESCENDING, null, 10)));
    queries.add(Map.entry(entryIndex, new PackageQuery(null, null, null, null, null, null,
        Map.of("run", "run-42424", "team", "team-4"), SortBy.NAME, SortOrder.ASCENDING,
        new PackageQuery.PackageCursor(T0, "bulk-00", 1), 10)));
    // commit-7784 is packages 31136..31139, in groups 36..39; 31137 is in team-7.
    queries.add(Map.entry(commitIndex, new PackageQuery("bulk-37", null, null, null, null,
        MetadataProperties.builder().commitId("commit-7784").build(), Map.of("team", "team-7"),
        SortBy.NAME, SortOrder.ASCENDING, null, 10)));
    for (Map.Entry<String, PackageQuery> query : queries) {
      captured.clear();
      List<ModelPackage> found = store.listPackages(query.getValue());
      assertThat(found).as(query.getKey()).isNotEmpty();
      for (Captured statement : List.copyOf(captured)) {
        if (!statement.sql().contains("model_package ")
            && !statement.sql().contains("MODEL_PACKAGE ")) {
          continue;
        }
        String plan = jdbi.withHandle(handle -> explainAsPlanned(handle, explainQuery(handle,
            statement)));
        System.out.printf("plan (%s) %s:%n%s%n", dialect(), query.getKey(), plan);
        assertUsesIndex(statement.sql(), plan, query.getKey());
      }
    }
  }

  private static Query explainQuery(Handle handle, Captured statement) {
    Query query = handle.createQuery("EXPLAIN " + statement.sql());
    for (int i = 0; i < statement.arguments().size(); i++) {
      query.bind(i, statement.arguments().get(i));
    }
    return query;
  }

  /**
   * Loads packages with plain JDBC batches, as a registry holding them would store them: 100
   * groups, each package with a commit ID shared by four packages, a customer metadata entry
   * "run" of its own and a "team" shared by a tenth of them. Provenance goes where the dialect's
   * {@link ProvenanceIndex} keeps it: a {@code jsonb} document on PostgreSQL, a column and side
   * table rows on H2.
   */
  private void loadPackages(int count) throws Exception {
    Documents documents = new Documents();
    boolean document = dialect() == JdbcDialect.POSTGRESQL;
    try (Connection connection = dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement group = connection.prepareStatement(names.render("""
              INSERT INTO ${schema}${prefix}model_package_group (group_name, group_name_lower,
                  creation_time, last_version, group_document, tags_document)
              VALUES (?, ?, ?, ?, ?, '[]')"""));
          PreparedStatement pkg = connection.prepareStatement(names.render(document
              ? """
                  INSERT INTO ${schema}${prefix}model_package (group_name, package_version,
                      creation_time, approval_status, package_document, provenance)
                  VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))"""
              : """
                  INSERT INTO ${schema}${prefix}model_package (group_name, package_version,
                      creation_time, approval_status, package_document, commit_id)
                  VALUES (?, ?, ?, ?, ?, ?)"""));
          // No side table on PostgreSQL (a null resource is skipped by try-with-resources).
          PreparedStatement entry = document ? null : connection.prepareStatement(names.render("""
              INSERT INTO ${schema}${prefix}customer_metadata (meta_group_name, meta_version,
                  meta_key, meta_value) VALUES (?, ?, ?, ?)"""))) {
        int groups = 100;
        for (int g = 0; g < groups; g++) {
          String name = String.format("bulk-%02d", g);
          group.setString(1, name);
          group.setString(2, name);
          group.setObject(3, T0.atOffset(ZoneOffset.UTC));
          group.setInt(4, count / groups);
          group.setString(5, documents.write(group(name, T0).group()));
          group.addBatch();
        }
        group.executeBatch();
        for (int i = 0; i < count; i++) {
          String name = String.format("bulk-%02d", i % groups);
          int version = i / groups + 1;
          Instant created = T0.plusSeconds(i);
          ModelPackage p = ImmutableModelPackage.copyOf(modelPackage(name, version, created,
                  ModelApprovalStatus.APPROVED))
              .withMetadataProperties(MetadataProperties.builder()
                  .commitId("commit-" + i / 4).build())
              .withCustomerMetadataProperties(Map.of("run", "run-" + i, "team", "team-" + i % 10));
          pkg.setString(1, name);
          pkg.setInt(2, version);
          pkg.setObject(3, created.atOffset(ZoneOffset.UTC));
          pkg.setString(4, p.modelApprovalStatus().value());
          pkg.setString(5, documents.write(p));
          pkg.setString(6, document
              ? ProvenanceDocument.document(p.metadataProperties(),
                  p.customerMetadataProperties())
              : "commit-" + i / 4);
          pkg.addBatch();
          for (Map.Entry<String, String> e : entry == null
              ? Map.<String, String>of().entrySet()
              : p.customerMetadataProperties().entrySet()) {
            entry.setString(1, name);
            entry.setInt(2, version);
            entry.setString(3, e.getKey());
            entry.setString(4, e.getValue());
            entry.addBatch();
          }
          if (i % 5_000 == 4_999) {
            pkg.executeBatch();
            if (entry != null) {
              entry.executeBatch();
            }
          }
        }
        pkg.executeBatch();
        if (entry != null) {
          entry.executeBatch();
        }
      }
      connection.commit();
    }
  }
}
