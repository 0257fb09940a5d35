package se.samverka.platform;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Scheduled jobs ({@code @Scheduled}, on Spring Boot's task scheduler, {@code spring.task.scheduling.*}) run on every
 * instance; {@link Jobs} lets one of them do the work. The locks are rows of {@code shedlock}, whose times are the
 * database's, so the instances' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    @Bean
    LockingTaskExecutor jobLocks(DataSource dataSource, PlatformTransactionManager transactions) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTransactionManager(transactions)
                .withTableName("shedlock")
                .usingDbTime()
                .build()));
    }
}
