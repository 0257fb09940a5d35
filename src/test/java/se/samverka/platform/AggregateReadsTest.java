package se.samverka.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.support.Repositories;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import se.samverka.support.IntegrationTest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query method of a repository whose aggregate has collections (or other entities in tables of their own) runs
 * in a transaction, so that Spring Data JDBC reads the aggregate's parts over the connection that read the aggregate
 * and never takes a second one while it holds the first. The inherited CRUD methods are transactional in Spring Data
 * itself; ConcurrentUsersTest shows what happens under load when one is not.
 */
@IntegrationTest
class AggregateReadsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RelationalMappingContext mapping;

    @Test
    void everyQueryOfAnAggregateWithPartsRunsInATransaction() {
        Repositories repositories = new Repositories(context);
        var transactions = new AnnotationTransactionAttributeSource(false);
        List<String> checked = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Class<?> aggregate : repositories) {
            if (!hasParts(mapping.getRequiredPersistentEntity(aggregate))) {
                continue;
            }
            RepositoryInformation repository = repositories.getRequiredRepositoryInformation(aggregate);
            for (Method query : repository.getQueryMethods()) {
                String name = repository.getRepositoryInterface().getSimpleName() + "." + query.getName();
                checked.add(name);
                if (transactions.getTransactionAttribute(query, repository.getRepositoryInterface()) == null) {
                    outside.add(name);
                }
            }
        }
        assertThat(checked).as("query methods of aggregates with parts")
                .contains("Users.findByUsername", "Agreements.findByCentreIdOrderByCreatedAt",
                        "PremisesRegister.findByCentreId", "Meetings.findByCentreIdOrderByStartsAtAscIdAsc");
        assertThat(outside).as("query methods that would read an aggregate's parts on a second connection").isEmpty();
    }

    /** Whether reading the aggregate reads other tables too: a collection or a single entity, also inside embedded parts. */
    private boolean hasParts(RelationalPersistentEntity<?> entity) {
        for (RelationalPersistentProperty property : entity) {
            if (property.isEmbedded() ? hasParts(mapping.getRequiredPersistentEntity(property))
                    : property.isEntity()) {
                return true;
            }
        }
        return false;
    }
}
