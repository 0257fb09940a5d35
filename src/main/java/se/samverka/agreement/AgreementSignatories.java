package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreViewers;
import se.samverka.identity.Actor;

import java.util.HashSet;
import java.util.Set;

/** A person named to sign a version of a centre's agreement opens the centre's page. */
@Component
class AgreementSignatories implements CentreViewers {

    private final JdbcClient jdbc;

    AgreementSignatories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> centresFor(Actor actor) {
        return new HashSet<>(jdbc.sql("""
                        select distinct a.centre_id from agreement a
                        join agreement_party p on p.agreement_id = a.id
                        where lower(p.signatory_username) = lower(:username)
                        """)
                .param("username", actor.username())
                .query(Long.class)
                .list());
    }
}
