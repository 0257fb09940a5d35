package se.samverka.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StatementCounterTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsTheStatementsAndTransactionsOfTheCallingThread() throws Exception {
        var counts = StatementCounter.of(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            jdbc.sql("select 2").query(Integer.class).single();
        }));
        assertThat(counts).isEqualTo(new StatementCounter.Counts(2, 1));
        assertThat(StatementCounter.of(() -> { }).statements()).isZero();
    }
}
