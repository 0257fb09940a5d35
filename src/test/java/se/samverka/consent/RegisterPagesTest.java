package se.samverka.consent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * An operation's register of persons (R13d, R13e): only the staff of the unit that keeps it read or write it, every
 * read and write is audited with the person, identity numbers are stored sealed, and a person with protected
 * identity is found only by their whole number and opened only with a logged reason.
 */
@IntegrationTest
class RegisterPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Fixtures.Centre centre;
    private long bvc;
    private long soc;
    private String bvcStaff;
    private String register;

    @BeforeEach
    void centreWithFourOperations() {
        centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        bvc = centre.unitIds().get(1);
        soc = centre.unitIds().get(3);
        bvcStaff = fixtures.account(new Grant(Role.STAFF, bvc));
        register = "/centres/" + centre.id() + "/register/" + bvc;
    }

    @Test
    void staffRegisterAChildWhoseNumberIsStoredSealedAndEveryAccessIsAudited() throws Exception {
        String number = valid("20240315-12");

        String location = create(bvcStaff, Map.of("kind", "CHILD", "name", "Alva Testsson", "identityNumber", number,
                "jointCustody", "true", "custodian1", "Maja Testsson", "custodian2", "Omar Testsson"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(location).isEqualTo(register + "/persons/" + id);
        assertThat(page(location, bvcStaff)).contains("Alva Testsson", number, "Maja Testsson", "Omar Testsson",
                "Ja, gemensam vårdnad");
        Map<String, Object> row = jdbc.sql("select * from person where id = :id").param("id", id).query().singleRow();
        assertThat(new String((byte[]) row.get("identity_number"), StandardCharsets.ISO_8859_1))
                .doesNotContain(number.replace("-", "")).doesNotContain(number.substring(2, 8));
        assertThat((byte[]) row.get("identity_number_hash")).hasSize(32);
        assertThat(audit(id)).containsExactly("CREATE " + bvcStaff, "READ " + bvcStaff);

        assertThat(page(register, bvcStaff)).contains("Alva Testsson", number, "Personer (1)");
        assertThat(audit(id)).containsExactly("CREATE " + bvcStaff, "READ " + bvcStaff, "READ " + bvcStaff);
    }

    @Test
    void nobodyButTheUnitsStaffReadsTheRegisterOrAPerson() throws Exception {
        long id = registered("Bo Hemlig", valid("19850612-34"), false);
        Fixtures.Centre other = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        List<String> outsiders = List.of(
                fixtures.account(new Grant(Role.STAFF, soc)),
                fixtures.account(new Grant(Role.STAFF, other.unitIds().getFirst())),
                fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                fixtures.account(Grant.countyAdmin()),
                fixtures.account(new Grant(Role.AUDITOR, null)));
        for (String outsider : outsiders) {
            for (String path : List.of(register, register + "/new", register + "/persons/" + id,
                    register + "?q=Bo")) {
                String body = mvc.perform(get(path).with(fixtures.as(outsider)))
                        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("Bo Hemlig");
            }
            mvc.perform(post(register + "/persons/" + id + "/open").param("reason", "nyfiken")
                    .with(csrf()).with(fixtures.as(outsider))).andExpect(status().isForbidden());
            create(outsider, Map.of("kind", "PARENT", "name", "Intrång", "reserveNumber", "R-1"))
                    .andExpect(status().isForbidden());
        }
        String socRegister = "/centres/" + centre.id() + "/register/" + soc;
        mvc.perform(get(socRegister + "/persons/" + id).with(fixtures.as(fixtures.account(new Grant(Role.STAFF, soc)))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/centres/" + other.id() + "/register/" + bvc).with(fixtures.as(bvcStaff)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from person where name = 'Intrång'").query(Long.class).single()).isZero();
        assertThat(audit(id)).containsExactly("CREATE " + bvcStaff);
    }

    @Test
    void aPersonWithProtectedIdentityIsFoundOnlyByTheWholeNumberAndOpensOnlyWithAReason() throws Exception {
        String number = valid("20230101-45");
        long id = registered("Sara Skyddad", number, true);

        assertThat(page(register, bvcStaff)).doesNotContain("Sara Skyddad").contains("Personer (0)");
        assertThat(page(register + "?q=Sara", bvcStaff)).doesNotContain("Sara Skyddad");
        String found = page(register + "?q=" + number, bvcStaff);
        assertThat(found).contains("Skyddad identitet", "Personer (1)").doesNotContain("Sara Skyddad")
                .doesNotContain(number);

        String asked = page(register + "/persons/" + id, bvcStaff);
        assertThat(asked).contains("Skriv varför du behöver öppna uppgifterna", "Skäl att öppna uppgifterna").doesNotContain("Sara Skyddad");
        String refused = open(id, "  ").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Skriv skälet till att du öppnar uppgifterna.").doesNotContain("Sara Skyddad");
        assertThat(audit(id)).containsExactly("CREATE " + bvcStaff, "READ " + bvcStaff);

        String opened = open(id, "Samtal med vårdnadshavare i dag").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(opened)).contains("Sara Skyddad", number, "Personen har skyddad identitet");
        assertThat(jdbc.sql("select detail from audit_event where person_type = 'person' and person_id = :id "
                        + "order by id desc limit 1").param("id", String.valueOf(id)).query(String.class).single())
                .contains("SKYDDAD IDENTITET, skäl: Samtal med vårdnadshavare i dag");
    }

    @Test
    void aWrongNumberOrMissingCustodyIsToldAtItsFieldAndNothingIsStored() throws Exception {
        String wrongCheckDigit = valid("20240315-12").substring(0, 12)
                + (char) ('0' + (valid("20240315-12").charAt(12) - '0' + 1) % 10);
        String body = create(bvcStaff, Map.of("kind", "CHILD", "name", "Fel Nummer", "identityNumber", wrongCheckDigit,
                "custodian1", "Någon"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Kontrollsiffran stämmer inte",
                "Ange om barnet har gemensam vårdnad.");
        body = create(bvcStaff, Map.of("kind", "PARENT", "name", "Två Nummer", "identityNumber", valid("19900101-23"),
                "reserveNumber", "R-55"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Ange antingen personnummer eller reservnummer");
        assertThat(jdbc.sql("select count(*) from person where unit_id = :unit").param("unit", bvc)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNumberIsRegisteredOncePerRegisterAndAReserveNumberStandsInForIt() throws Exception {
        String number = valid("19900101-23");
        registered("Först Registrerad", number, false);

        String body = create(bvcStaff, Map.of("kind", "PARENT", "name", "Samma Nummer", "identityNumber", number))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(body)).contains("Det finns redan en person med det personnumret");
        create(bvcStaff, Map.of("kind", "EXPECTING_PARENT", "name", "Utan Nummer", "reserveNumber", "RES-2026-7"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(register, bvcStaff)).contains("Först Registrerad", "Utan Nummer", "RES-2026-7");
    }

    @Test
    void staffCorrectAPersonAndMarkProtectedIdentityLaterAndAStaleEditIsTold() throws Exception {
        long id = registered("Rättad Först", valid("19880214-56"), false);
        String person = register + "/persons/" + id;
        assertThat(page(person + "/edit", bvcStaff)).contains("Ändra personens uppgifter").doesNotContain("Reservnummer");
        assertThat(HtmlEscape.unescapeHtml(mvc.perform(get(person + "/edit").with(fixtures.as(bvcStaff)))
                .andReturn().getResponse().getContentAsString())).contains("value=\"Rättad Först\"");

        String version = jdbc.sql("select version from person where id = :id").param("id", id).query(String.class)
                .single();
        mvc.perform(post(person).param("kind", "PARENT").param("name", "Rättad Sedan").param("protectedIdentity", "true")
                        .param("version", version).with(csrf()).with(fixtures.as(bvcStaff)))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post(person).param("kind", "PARENT").param("name", "Gammal Sida")
                        .param("version", version).with(csrf()).with(fixtures.as(bvcStaff)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(stale)).contains("Någon annan har ändrat uppgifterna medan du skrev",
                "value=\"Gammal Sida\"");

        assertThat(jdbc.sql("select name || ' ' || protected_identity || ' ' || version from person where id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo("Rättad Sedan true " + (Integer.parseInt(version) + 1));
        assertThat(page(register, bvcStaff)).doesNotContain("Rättad Sedan");
        assertThat(page(person + "/edit", bvcStaff)).contains("Skriv varför du behöver öppna uppgifterna")
                .doesNotContain("Rättad Sedan");
        String form = mvc.perform(post(person + "/open").param("reason", "Rättar adressen").param("then", "edit")
                        .with(csrf()).with(fixtures.as(bvcStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlEscape.unescapeHtml(form)).contains("Ändra personens uppgifter", "value=\"Rättad Sedan\"");
        assertThat(audit(id)).contains("UPDATE " + bvcStaff);
        assertThat(jdbc.sql("select count(*) from audit_event where person_type = 'person' and person_id = :id "
                        + "and detail like '%SKYDDAD IDENTITET markerad'").param("id", String.valueOf(id))
                .query(Long.class).single()).isOne();
    }

    @Test
    void theStaffSeeTheirRegistersAndOthersNone() throws Exception {
        assertThat(page("/personregister", bvcStaff)).contains(centre.name() + ", barnhälsovård");
        assertThat(page("/personregister", fixtures.account(new Grant(Role.COORDINATOR, centre.id()))))
                .contains("Du är inte personal vid någon enhet");
    }

    private long registered(String name, String number, boolean protectedIdentity) throws Exception {
        var fields = new java.util.HashMap<>(Map.of("kind", "PARENT", "name", name, "identityNumber", number));
        if (protectedIdentity) {
            fields.put("protectedIdentity", "true");
        }
        create(bvcStaff, fields).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from person where name = :name and unit_id = :unit").param("name", name)
                .param("unit", bvc).query(Long.class).single();
    }

    private ResultActions create(String user, Map<String, String> fields) throws Exception {
        var request = post(register + "/persons").with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private ResultActions open(long id, String reason) throws Exception {
        return mvc.perform(post(register + "/persons/" + id + "/open").param("reason", reason)
                .with(csrf()).with(fixtures.as(bvcStaff)));
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action || ' ' || actor from audit_event where person_type = 'person' "
                        + "and person_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list();
    }

    private String page(String path, String user) throws Exception {
        return HtmlEscape.unescapeHtml(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** {@code prefix} (ÅÅÅÅMMDD-NN, nine digits) and a serial digit and the Luhn check digit that make it valid. */
    private static String valid(String prefix) {
        String digits = prefix.replace("-", "").substring(2) + "7";
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return prefix + "7" + (10 - sum % 10) % 10;
    }
}
