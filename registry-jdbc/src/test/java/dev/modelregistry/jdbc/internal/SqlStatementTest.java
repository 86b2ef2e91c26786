package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlStatementTest {
  private static final String INSERT = """
      INSERT INTO item (label, amount)
      VALUES (:label, CAST(:amount AS INTEGER))""";

  private Connection connection;

  @BeforeEach
  void openDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
    try (Statement statement = connection.createStatement()) {
      statement.execute("""
          CREATE TABLE item (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                             label VARCHAR(20) NOT NULL, amount INTEGER)""");
    }
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
  }

  @Test
  void aSingleRowInsertIsRepeatedForMultiRowInserts() {
    SqlStatement.Parsed parsed = SqlStatement.Parsed.of(INSERT);

    assertThat(parsed.valuesTuple()).isEqualTo("(?, CAST(? AS INTEGER))");
    assertThat(parsed.multiRowSql(3)).isEqualTo("""
        INSERT INTO item (label, amount)
        VALUES (?, CAST(? AS INTEGER)), (?, CAST(? AS INTEGER)), (?, CAST(? AS INTEGER))""");
  }

  @Test
  void statementsThatAreNotOneRowOfValuesAreNotRewritten() {
    assertThat(SqlStatement.Parsed.of("INSERT INTO item (label) SELECT label FROM other")
        .valuesTuple()).isNull();
    assertThat(SqlStatement.Parsed.of("""
        INSERT INTO item (label) VALUES (:label) ON CONFLICT (label) DO NOTHING""")
        .valuesTuple()).isNull();
    assertThat(SqlStatement.Parsed.of("INSERT INTO item (label) VALUES (:label) RETURNING id")
        .valuesTuple()).isNull();
    assertThat(SqlStatement.Parsed.of("INSERT INTO item (label, amount) VALUES (:label, 'x')")
        .valuesTuple()).isNull();
    assertThat(SqlStatement.Parsed.of("""
        INSERT INTO item (label, amount) SELECT :label, amount FROM other WHERE id IN (:id)""")
        .valuesTuple()).isNull();
    assertThat(SqlStatement.Parsed.of("UPDATE item SET label = :label WHERE id IN (:id)")
        .valuesTuple()).isNull();
  }

  @Test
  void aBatchOfInsertsKeepsEveryRowInOrderAcrossFullAndPartialStatements() throws SQLException {
    int rows = SqlStatement.ROWS_PER_INSERT * 2 + 7;
    SqlStatement batch = SqlStatement.of(connection, INSERT);
    for (int i = 0; i < rows; i++) {
      batch.bind("label", "row-" + i)
          .bind("amount", i % 3 == 0 ? SqlStatement.NULL_INTEGER : i)
          .add();
    }

    batch.executeBatch();

    List<String> stored = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "SELECT label, amount FROM item ORDER BY id")) {
      while (result.next()) {
        String label = result.getString(1);
        int amount = result.getInt(2);
        stored.add(label + "=" + (result.wasNull() ? "null" : amount));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      expected.add("row-" + i + "=" + (i % 3 == 0 ? "null" : i));
    }
    assertThat(stored).isEqualTo(expected);
  }

  @Test
  void aBatchOfOneRowIsInserted() throws SQLException {
    SqlStatement.of(connection, INSERT).bind("label", "only").bind("amount", 1).add()
        .executeBatch();

    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM item")) {
      result.next();
      assertThat(result.getInt(1)).isEqualTo(1);
    }
  }
}
