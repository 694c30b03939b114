package com.twofactor.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

  @Test
  void h2UrlSelectsTheH2DataSource() {
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:/data/twofactor"))
        .contains("org.h2.jdbcx.JdbcDataSource");
  }

  @Test
  void postgresqlUrlSelectsThePgDataSource() {
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db:5432/twofactor"))
        .contains("org.postgresql.ds.PGSimpleDataSource");
  }

  @Test
  void unknownDatabaseLeavesTheClassToExplicitConfiguration() {
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:oracle:thin:@db:1521/x")).isEmpty();
  }

  @Test
  void sourceAnswersOnlyForTheDataSourceClass() {
    assertThat(new DatabaseConfigSource().getValue("twofactor.db.url")).isNull();
    assertThat(new DatabaseConfigSource().getOrdinal()).isLessThan(100);
  }
}
