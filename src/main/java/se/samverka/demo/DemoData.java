package se.samverka.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.agreement.AgreementDemo;
import se.samverka.centre.Address;
import se.samverka.centre.ActorEntry;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.Coordinator;
import se.samverka.centre.SteeringGroupMember;
import se.samverka.centre.UnitParticipation;
import se.samverka.consent.ConsentDemo;
import se.samverka.directory.DirectoryDemo;
import se.samverka.economy.EconomyDemo;
import se.samverka.meeting.MeetingDemo;
import se.samverka.identity.Actor;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.identity.UserAccounts;
import se.samverka.identity.UserAccounts.NewAccount;
import se.samverka.organisation.HsaId;
import se.samverka.organisation.OrganisationNumber;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.plan.PlanDemo;
import se.samverka.premises.PremisesDemo;
import se.samverka.report.ReportDemo;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.OtherActor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Loads fictional centres of every kind, and one user per role, the first time Samverka starts with
 * the demo profile. Every name, person and organisation number here is made up.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "familjecentral";
    /** Göteborgs kommun's organisation number, which the reference data lacks. */
    private static final String GOTEBORG_NUMBER = "212000-1355";
    static final List<String> USERNAMES = List.of(
            "demo-lan", "demo-kommun", "demo-styrgrupp", "demo-samordnare", "demo-personal");

    /** Staff of each of Solrosen's operations with its register of persons, also added to older demo data. */
    static final List<String> STAFF = List.of("demo-personal-bmm", "demo-personal-bvc", "demo-personal-of",
            "demo-personal-soc");
    private static final String SOLROSEN = "Familjecentralen Solrosen";
    private static final Map<BaseOperation, String> SOLROSEN_UNITS = Map.of(
            MIDWIFE_CLINIC, "Barnmorskemottagningen Angered", CHILD_HEALTH, "Vårdcentralen Angered, BVC",
            OPEN_PRESCHOOL, "Öppna förskolan Solrosen", PREVENTIVE_SOCIAL_SERVICES, "Förebyggande socialtjänst Angered");

    /** The county's log reviewer, also added to demo data loaded before the role existed. */
    static final String REVIEWER = "demo-granskare";
    static final String LOG_REVIEWER = "demo-logggranskare";
    static final String COUNTY_VIEWER = "demo-lansuppfoljning";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final CentreRegistry registry;
    private final UserAccounts accounts;
    private final AgreementDemo agreements;
    private final PremisesDemo premises;
    private final PlanDemo plans;
    private final EconomyDemo economy;
    private final MeetingDemo meetings;
    private final ReportDemo reports;
    private final ConsentDemo consent;
    private final DirectoryDemo directory;
    private final TransactionTemplate transaction;

    DemoData(Organisations organisations, CentreRegistry registry, UserAccounts accounts, AgreementDemo agreements,
             PremisesDemo premises, PlanDemo plans, EconomyDemo economy, MeetingDemo meetings, ReportDemo reports,
             ConsentDemo consent, DirectoryDemo directory, TransactionTemplate transaction) {
        this.directory = directory;
        this.organisations = organisations;
        this.registry = registry;
        this.accounts = accounts;
        this.agreements = agreements;
        this.premises = premises;
        this.plans = plans;
        this.economy = economy;
        this.meetings = meetings;
        this.reports = reports;
        this.consent = consent;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists(USERNAMES.getFirst())) {
            transaction.executeWithoutResult(status -> {
                load();
                registers();
                List<NewAccount> more = new ArrayList<>(List.of(logReviewer()));
                more.addAll(countyFollowUp());
                accounts.createAll(more, PASSWORD);
            });
            log.info("Demodata har laddats: sex påhittade familjecentraler, lokala avtal och en användare per roll.");
        }
        if (!accounts.exists(REVIEWER)) {
            accounts.createAll(List.of(reviewer()), PASSWORD);
        }
        if (!accounts.exists(STAFF.getFirst())) {
            transaction.executeWithoutResult(status -> registers());
            log.info("Demodata har fått personal och personregister vid Solrosens fyra verksamheter.");
        }
        if (!accounts.exists(LOG_REVIEWER)) {
            accounts.createAll(List.of(logReviewer()), PASSWORD);
        }
        if (!accounts.exists(COUNTY_VIEWER)) {
            accounts.createAll(countyFollowUp(), PASSWORD);
        }
        log.info("Demoanvändare (lösenord för alla: {}): demo-lan (länsadministratör), demo-kommun "
                + "(huvudmannaadministratör, Göteborg), demo-lansuppfoljning (länets uppföljning, läsbehörighet), demo-kommunalforbund (uppföljning för Göteborgsregionen), demo-styrgrupp (styrgrupp, Solrosen och Blåklinten), "
                + "demo-samordnare (samordnare, Solrosen), demo-personal (personal, BVC Angered), demo-granskare "
                + "(länets logggranskare), demo-logggranskare (logggranskare hos huvudmannen för Solrosens barnhälsovård), "
                + "demo-personal-bmm, demo-personal-bvc, demo-personal-of och demo-personal-soc (personal med "
                + "personregister vid Solrosens fyra verksamheter); undertecknare av Solrosens avtal: demo-chef-bmm, demo-chef-bvc, demo-chef-of, "
                + "demo-chef-soc (alla fyra i styrgruppen för Solrosen och Blåklinten) och demo-chef-bibliotek",
                PASSWORD);
    }

    /** Vårdsamverkan's follow-up for the whole county, and Göteborgsregionen's for its municipalities. */
    private List<NewAccount> countyFollowUp() {
        long goteborgsregionen = organisations.subRegions().stream()
                .filter(subRegion -> subRegion.code().equals("GR")).findFirst().orElseThrow().id();
        return List.of(new NewAccount(COUNTY_VIEWER, "Vera Vårdsamverkan (demo)",
                        Set.of(new Grant(Role.COUNTY_VIEWER, null))),
                new NewAccount("demo-kommunalforbund", "Gustav Göteborgsregionen (demo)",
                        Set.of(new Grant(Role.SUB_REGION_VIEWER, goteborgsregionen))));
    }

    private void load() {
        PrincipalSummary region = organisations.principals().stream()
                .filter(p -> p.organisationNumber() != null && p.organisationNumber().equals("232100-0131"))
                .findFirst().orElseThrow();
        PrincipalSummary goteborg = municipal("1480");
        long provider = organisations.createPrivateProvider("Familjehälsan Väst AB",
                OrganisationNumber.parse("556677-1233").orElseThrow());

        long bmmAngered = unit(region.id(), "Barnmorskemottagningen Angered", MIDWIFE_CLINIC, "SE2321000131-E000000090001");
        long bvcAngered = unit(region.id(), "Vårdcentralen Angered, BVC", CHILD_HEALTH, "SE2321000131-E000000090002");
        long ofSolrosen = unit(goteborg.id(), "Öppna förskolan Solrosen", OPEN_PRESCHOOL, null);
        long socAngered = unit(goteborg.id(), "Förebyggande socialtjänst Angered", PREVENTIVE_SOCIAL_SERVICES, null);
        long bmmHisingen = unit(region.id(), "Barnmorskemottagningen Hisingen", MIDWIFE_CLINIC, "SE2321000131-E000000090003");
        long bvcBlaklinten = unit(provider, "Barnavårdscentralen Blåklinten", CHILD_HEALTH, "SE5566771233-B000000000001");
        long ofBlaklinten = unit(goteborg.id(), "Öppna förskolan Blåklinten", OPEN_PRESCHOOL, null);
        long socHisingen = unit(goteborg.id(), "Förebyggande socialtjänst Hisingen", PREVENTIVE_SOCIAL_SERVICES, null);

        long solrosen = registry.register(new CentreDescription("Familjecentralen Solrosen",
                new Address("Angereds Torg 5", "424 65", "Angered"), "1480", true,
                List.of(new UnitParticipation(MIDWIFE_CLINIC, bmmAngered, true),
                        new UnitParticipation(CHILD_HEALTH, bvcAngered, true),
                        new UnitParticipation(OPEN_PRESCHOOL, ofSolrosen, true),
                        new UnitParticipation(PREVENTIVE_SOCIAL_SERVICES, socAngered, true)),
                List.of(new ActorEntry(OtherActor.LIBRARY, "Angereds bibliotek"),
                        new ActorEntry(OtherActor.DENTAL, "Folktandvården Angered")), LocalDate.of(2012, 9, 3)));
        long blaklinten = registry.register(new CentreDescription("Familjecentralen Blåklinten",
                new Address("Blåklintsgatan 12", "417 21", "Göteborg"), "1480", false,
                List.of(new UnitParticipation(MIDWIFE_CLINIC, bmmHisingen, false),
                        new UnitParticipation(CHILD_HEALTH, bvcBlaklinten, true),
                        new UnitParticipation(OPEN_PRESCHOOL, ofBlaklinten, true),
                        new UnitParticipation(PREVENTIVE_SOCIAL_SERVICES, socHisingen, true)),
                List.of(), LocalDate.of(2024, 9, 2)));
        long nordost = registry.formSteeringGroup(solrosen, 0, "Styrgrupp familjecentraler Göteborg");
        registry.reconstitute(nordost, 0, "Styrgrupp familjecentraler Göteborg", List.of(
                new SteeringGroupMember("Anna Berg", "Enhetschef barnmorskemottagningarna", MIDWIFE_CLINIC),
                new SteeringGroupMember("Karim Haddad", "Verksamhetschef vårdcentral", CHILD_HEALTH),
                new SteeringGroupMember("Lena Ek", "Rektor öppen förskola", OPEN_PRESCHOOL),
                new SteeringGroupMember("Johan Svensson", "Enhetschef förebyggande socialtjänst",
                        PREVENTIVE_SOCIAL_SERVICES)));
        registry.governBy(blaklinten, 0, nordost);
        registry.appoint(solrosen, 1, new Coordinator("Maria Lind", goteborg.id(), 50, LocalDate.of(2024, 8, 1)));

        PrincipalSummary uddevalla = municipal("1485");
        long hamnen = registry.register(new CentreDescription("Familjecentralen Hamnen",
                new Address("Hamngatan 3", "451 30", "Uddevalla"), "1485", true,
                List.of(new UnitParticipation(MIDWIFE_CLINIC,
                                unit(region.id(), "Barnmorskemottagningen Uddevalla", MIDWIFE_CLINIC, null), false),
                        new UnitParticipation(CHILD_HEALTH,
                                unit(region.id(), "Vårdcentralen Uddevalla, BVC", CHILD_HEALTH, null), true),
                        new UnitParticipation(OPEN_PRESCHOOL,
                                unit(uddevalla.id(), "Öppna förskolan Hamnen", OPEN_PRESCHOOL, null), true),
                        new UnitParticipation(PREVENTIVE_SOCIAL_SERVICES,
                                unit(uddevalla.id(), "Familjestödet Uddevalla", PREVENTIVE_SOCIAL_SERVICES, null), true)),
                List.of(new ActorEntry(OtherActor.CIVIL_SOCIETY, "Rädda Barnen Uddevalla")), LocalDate.of(2018, 1, 15)));
        long hamnenGroup = registry.formSteeringGroup(hamnen, 0, "Styrgrupp Familjecentralen Hamnen");
        registry.reconstitute(hamnenGroup, 0, "Styrgrupp Familjecentralen Hamnen", List.of(
                new SteeringGroupMember("Per Olsson", "Verksamhetschef vårdcentral", CHILD_HEALTH),
                new SteeringGroupMember("Sara Nilsson", "Enhetschef öppen förskola", OPEN_PRESCHOOL),
                new SteeringGroupMember("Ahmed Yusuf", "Enhetschef familjestöd", PREVENTIVE_SOCIAL_SERVICES)));
        registry.appoint(hamnen, 1, new Coordinator("Eva Holm", uddevalla.id(), 75, null));

        PrincipalSummary skovde = municipal("1496");
        registry.register(new CentreDescription("Familjecentralen Lärkan",
                new Address("Lärkgatan 8", "541 45", "Skövde"), "1496", false,
                List.of(new UnitParticipation(CHILD_HEALTH,
                                unit(region.id(), "Vårdcentralen Skövde, BVC", CHILD_HEALTH, null), true),
                        new UnitParticipation(OPEN_PRESCHOOL,
                                unit(skovde.id(), "Öppna förskolan Lärkan", OPEN_PRESCHOOL, null), true),
                        new UnitParticipation(PREVENTIVE_SOCIAL_SERVICES,
                                unit(skovde.id(), "Förebyggande socialtjänst Skövde", PREVENTIVE_SOCIAL_SERVICES, null), true)),
                List.of(), LocalDate.of(2021, 3, 1)));

        PrincipalSummary trollhattan = municipal("1488");
        registry.register(new CentreDescription("Mötesplats Älven",
                new Address("Strandgatan 20", "461 31", "Trollhättan"), "1488", false,
                List.of(new UnitParticipation(MIDWIFE_CLINIC,
                                unit(region.id(), "Barnmorskemottagningen Trollhättan", MIDWIFE_CLINIC, null), true),
                        new UnitParticipation(CHILD_HEALTH,
                                unit(region.id(), "Vårdcentralen Trollhättan, BVC", CHILD_HEALTH, null), false),
                        new UnitParticipation(OPEN_PRESCHOOL,
                                unit(trollhattan.id(), "Öppna förskolan Älven", OPEN_PRESCHOOL, null), true)),
                List.of(), LocalDate.of(2024, 5, 6)));

        PrincipalSummary alingsas = municipal("1489");
        registry.register(new CentreDescription("Öppna förskolan Sollebrunn",
                new Address("Sollebrunnsvägen 2", "441 70", "Sollebrunn"), "1489", false,
                List.of(new UnitParticipation(OPEN_PRESCHOOL,
                                unit(alingsas.id(), "Öppna förskolan Sollebrunn", OPEN_PRESCHOOL, null), true),
                        new UnitParticipation(PREVENTIVE_SOCIAL_SERVICES,
                                unit(alingsas.id(), "Socialförvaltningen Alingsås, förebyggande", PREVENTIVE_SOCIAL_SERVICES, null), true)),
                List.of(new ActorEntry(OtherActor.LIBRARY, "Sollebrunns bibliotek")), null));

        List<NewAccount> users = new ArrayList<>(List.of(
                new NewAccount("demo-lan", "Lena Länsson (demo)", Set.of(Grant.countyAdmin())),
                new NewAccount("demo-kommun", "Kim Kommunsson (demo)",
                        Set.of(new Grant(Role.PRINCIPAL_ADMIN, goteborg.id()))),
                new NewAccount("demo-styrgrupp", "Sam Styrgruppsson (demo)",
                        Set.of(new Grant(Role.STEERING_GROUP, solrosen), new Grant(Role.STEERING_GROUP, blaklinten))),
                new NewAccount("demo-samordnare", "Saga Samordnare (demo)",
                        Set.of(new Grant(Role.COORDINATOR, solrosen))),
                new NewAccount("demo-personal", "Per Personal (demo)", Set.of(new Grant(Role.STAFF, bvcAngered))),
                reviewer()));

        Set<Grant> steeringGroup = Set.of(new Grant(Role.STEERING_GROUP, solrosen),
                new Grant(Role.STEERING_GROUP, blaklinten));
        List<AgreementDemo.Signatory> signatories = List.of(
                signatory(users, "demo-chef-bmm", "Anna Berg", "Enhetschef barnmorskemottagningarna", steeringGroup),
                signatory(users, "demo-chef-bvc", "Karim Haddad", "Verksamhetschef vårdcentral", steeringGroup),
                signatory(users, "demo-chef-of", "Lena Ek", "Rektor öppen förskola", steeringGroup),
                signatory(users, "demo-chef-soc", "Johan Svensson", "Enhetschef förebyggande socialtjänst",
                        steeringGroup),
                signatory(users, "demo-chef-bibliotek", "Nora Lund", "Bibliotekschef", Set.of()));
        accounts.createAll(users, PASSWORD);
        agreements.signed(solrosen, GOTEBORG_NUMBER, "Angereds bibliotek", "demo-samordnare", signatories,
                LocalDate.of(2025, 1, 1));
        agreements.draft(blaklinten, GOTEBORG_NUMBER, "demo-styrgrupp", LocalDate.of(2027, 1, 1));
        premises.furnish(solrosen, "demo-samordnare");
        plans.draw(solrosen);
        economy.costs(solrosen);
        meetings.hold(solrosen, "demo-samordnare");
        reports.draft(solrosen);
        directory.publishSolrosen(solrosen, "demo-samordnare");
        directory.publishHamnen(hamnen, "demo-lan");
    }

    /** Solrosen's staff, one per operation, and the demo persons in their registers. */
    private void registers() {
        Actor county = new Actor(0, "demo", "Demo", Set.of(Grant.countyAdmin()));
        long solrosen = registry.where(county, CentreAction.VIEW).stream()
                .filter(centre -> centre.name().equals(SOLROSEN)).findFirst().orElseThrow().id();
        Map<BaseOperation, Long> units = new EnumMap<>(BaseOperation.class);
        SOLROSEN_UNITS.forEach((operation, name) -> units.put(operation, organisations.allUnits().stream()
                .filter(unit -> unit.name().equals(name)).findFirst().orElseThrow().id()));
        accounts.createAll(List.of(
                new NewAccount("demo-personal-bmm", "Britt Barnmorska (demo)",
                        Set.of(new Grant(Role.STAFF, units.get(MIDWIFE_CLINIC)))),
                new NewAccount("demo-personal-bvc", "Bea Barnsjuksköterska (demo)",
                        Set.of(new Grant(Role.STAFF, units.get(CHILD_HEALTH)))),
                new NewAccount("demo-personal-of", "Olle Förskollärare (demo)",
                        Set.of(new Grant(Role.STAFF, units.get(OPEN_PRESCHOOL)))),
                new NewAccount("demo-personal-soc", "Sonja Socionom (demo)",
                        Set.of(new Grant(Role.STAFF, units.get(PREVENTIVE_SOCIAL_SERVICES))))), PASSWORD);
        consent.persons(solrosen, SOLROSEN, units, "demo-personal-bvc");
    }

    private static AgreementDemo.Signatory signatory(List<NewAccount> users, String username, String name,
                                                     String title, Set<Grant> grants) {
        users.add(new NewAccount(username, name + " (demo)", grants));
        return new AgreementDemo.Signatory(username, title);
    }

    private static NewAccount reviewer() {
        return new NewAccount(REVIEWER, "Greta Granskare (demo)", Set.of(new Grant(Role.AUDITOR, null)));
    }

    /** The log reviewer of the principal that runs Solrosen's child health care. */
    private NewAccount logReviewer() {
        long principal = organisations.allUnits().stream()
                .filter(unit -> unit.name().equals(SOLROSEN_UNITS.get(CHILD_HEALTH))).findFirst().orElseThrow()
                .principal().id();
        return new NewAccount(LOG_REVIEWER, "Lova Logggranskare (demo)", Set.of(new Grant(Role.LOG_REVIEWER, principal)));
    }

    private PrincipalSummary municipal(String code) {
        return organisations.municipalPrincipal(code).orElseThrow();
    }

    private long unit(long principal, String name, BaseOperation operation, String hsaId) {
        return organisations.createUnit(principal, name, operation, hsaId == null ? null : HsaId.parse(hsaId).orElseThrow());
    }
}
