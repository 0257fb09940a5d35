package se.samverka.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.support.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registers persons, consents, withdrawals and disclosures through the register pages, as staff do. */
record RegisterFixture(MockMvc mvc, Fixtures fixtures, JdbcClient jdbc, Fixtures.Centre centre) {

    /** The person, registered by {@code staff} in the register of {@code unit}; a value with commas is several. */
    long person(String staff, long unit, Map<String, String> fields) throws Exception {
        send(staff, register(unit) + "/persons", fields).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from person where name = :name and unit_id = :unit and centre_id = :centre")
                .param("name", fields.get("name")).param("unit", unit).param("centre", centre.id())
                .query(Long.class).single();
    }

    /** A child with both custodians named and joint custody. */
    long child(String staff, long unit, String name, String number, boolean protectedIdentity) throws Exception {
        var fields = new HashMap<>(Map.of("kind", "CHILD", "name", name, "identityNumber", number,
                "jointCustody", "true", "custodian1", "Anna " + name.split(" ")[1],
                "custodian2", "Erik " + name.split(" ")[1]));
        if (protectedIdentity) {
            fields.put("protectedIdentity", "true");
        }
        return person(staff, unit, fields);
    }

    /**
     * A consent of the person's, recorded by {@code staff}: child health to preventive social services, health and
     * social circumstances, both custodians, in writing, 2026-06-01 to 2027-05-31, unless {@code changes} says else.
     */
    long consent(String staff, long unit, long person, Map<String, String> changes) throws Exception {
        var fields = new HashMap<>(Map.of("flows", "CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES",
                "informationKinds", "HEALTH,SOCIAL_CIRCUMSTANCES", "givenBy", "CUSTODIAN_1,CUSTODIAN_2",
                "purpose", "COORDINATED_PARENTING_SUPPORT", "givenHow", "WRITTEN", "validFrom", "2026-06-01",
                "validTo", "2027-05-31"));
        fields.putAll(changes);
        send(staff, personPath(unit, person) + "/consents", fields).andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from consent where person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    void withdraw(String staff, long unit, long person, long consent, String on) throws Exception {
        send(staff, personPath(unit, person) + "/consents/" + consent + "/withdraw",
                Map.of("withdrawnOn", on, "how", "WRITTEN")).andExpect(status().is3xxRedirection());
    }

    /** Health information to preventive social services on the consent, unless {@code changes} says else. */
    long disclose(String staff, long unit, long person, Map<String, String> changes) throws Exception {
        var fields = new HashMap<>(Map.of("to", "PREVENTIVE_SOCIAL_SERVICES", "informationKind", "HEALTH",
                "what", "Tillväxtkurva och vaccinationer", "on", "2026-12-02", "basis", "CONSENT"));
        fields.putAll(changes);
        send(staff, personPath(unit, person) + "/disclosures", fields).andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from disclosure where person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    /** The audit entries naming the person: action, actor and detail. */
    List<String> audit(long person) {
        return jdbc.sql("select action || ' ' || actor || ' ' || detail from audit_event where person_type = 'person' "
                        + "and person_id = :id order by id")
                .param("id", String.valueOf(person)).query(String.class).list();
    }

    String unitName(long unit) {
        return jdbc.sql("select name from unit where id = :id").param("id", unit).query(String.class).single();
    }

    private String register(long unit) {
        return "/centres/" + centre.id() + "/register/" + unit;
    }

    private String personPath(long unit, long person) {
        return register(unit) + "/persons/" + person;
    }

    private ResultActions send(String user, String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(csrf()).with(fixtures.as(user));
        fields.forEach((name, value) -> request.param(name, value.split(",")));
        return mvc.perform(request);
    }

    /**
     * A samordningsnummer of the test series (birth numbers 980–999) for a child born on the day in 2024: the
     * written day with 60 added, the birth number 98{@code serial} and the check digit that makes it valid.
     */
    static String coordinationNumber(int month, int day, int serial) {
        String digits = "24%02d%02d98%d".formatted(month, day + 60, serial);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return "20" + digits.substring(0, 6) + "-" + digits.substring(6) + (10 - sum % 10) % 10;
    }
}
