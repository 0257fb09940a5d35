package se.samverka.notification;

import com.icegreen.greenmail.util.GreenMail;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoList;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.agreement.AgreementKind;
import se.samverka.agreement.AgreementSent;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;
import se.samverka.support.AgreementRequests;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Notices as they arrive at a real SMTP server (GreenMail, in-process): who gets which, with a subject, a plain-text
 * and an HTML part and the link; the users' choices; nothing from a rolled-back change; and the outbox across a mail
 * server that is down and an application that restarts. The worker is driven from the test, with the test clock.
 */
@IntegrationTest
class NotificationTest {

    private static final List<BaseOperation> FOUR = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL,
            PREVENTIVE_SOCIAL_SERVICES);
    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxWorker worker;
    @Autowired
    ScheduledNotices scheduled;
    @Autowired
    TodoList todo;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectProvider<JavaMailSender> configuredSender;

    private int port;
    private GreenMail greenMail;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void mailServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        greenMail = startMailServer();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    @AfterEach
    void stopMailServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Test
    void withoutAMailServerMailStaysInTheOutbox() throws Exception {
        assertThat(configuredSender.getIfAvailable()).as("the embedded default configures no mail server").isNull();
        Sent sent = sentAgreement();
        worker.run();

        assertThat(pending(sent.signatoryAddresses().getFirst())).isEqualTo(1);
        String admin = fixtures.account(Grant.countyAdmin());
        mvc.perform(get("/admin/utkorg").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sent.signatoryAddresses().getFirst())))
                .andExpect(content().string(containsString("Ingen e-postserver är inställd")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aSignatoryIsAskedToSignWithTheLinkTheCentreTheSenderAndTheStartDate() throws Exception {
        Sent sent = sentAgreement();
        worker.send(sender);

        for (String address : sent.signatoryAddresses()) {
            MimeMessage mail = only(address);
            assertThat(mail.getSubject()).isEqualTo("Att underteckna: lokalt samverkansavtal, version 1 för " + sent.centre());
            String link = BASE + "/agreements/" + sent.agreementId();
            assertThat(text(mail)).contains(link).contains(sent.centre()).contains(sent.senderName())
                    .contains("Avtalet ska gälla från 1 januari 2027");
            assertThat(html(mail)).contains("href=\"" + link + "\"").contains(sent.senderName());
        }
    }

    @Test
    void theSenderLearnsOfEachSignatureAndTheSeal() throws Exception {
        Sent sent = sentAgreement();
        signAll(sent);
        worker.send(sender);

        List<MimeMessage> mails = to(sent.senderAddress());
        assertThat(mails).hasSize(FOUR.size() + 1);
        assertThat(mails.stream().filter(m -> subject(m).contains("har undertecknat"))).hasSize(FOUR.size());
        MimeMessage sealed = mails.stream().filter(m -> subject(m).startsWith("Undertecknat och förseglat")).findFirst()
                .orElseThrow();
        assertThat(text(sealed)).contains(BASE + "/agreements/" + sent.agreementId()).contains(sent.centre());
        assertThat(html(sealed)).contains("href=\"" + BASE + "/agreements/" + sent.agreementId() + "\"");
    }

    @Test
    void eachUserChoosesImmediatelyDigestOrNothingButCannotTurnOffSigningRequests() throws Exception {
        Sent sent = sentAgreement();
        mvc.perform(get("/installningar/aviseringar").with(fixtures.as(sent.sender())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + sent.senderAddress() + "\"")))
                .andExpect(content().string(not(containsString("name=\"signingRequest\""))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(settings(sent.senderAddress(), "OFF", "DIGEST").param("signingRequest", "OFF")
                        .with(csrf()).with(fixtures.as(sent.sender())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan inte ändras")));
        mvc.perform(settings("inte en adress", "OFF", "DIGEST").with(csrf()).with(fixtures.as(sent.sender())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en e-postadress")));
        assertThat(jdbc.sql("select count(*) from notification_preference p join app_user u on u.id = p.app_user_id where u.username = :u")
                .param("u", sent.sender()).query(Long.class).single()).isZero();
        mvc.perform(settings(sent.senderAddress(), "OFF", "DIGEST").with(csrf()).with(fixtures.as(sent.sender())))
                .andExpect(status().is3xxRedirection());

        signAll(sent);
        worker.send(sender);
        assertThat(to(sent.senderAddress())).as("party signed: off; sealed: in the digest").isEmpty();

        scheduled.digest();
        worker.send(sender);
        MimeMessage digest = only(sent.senderAddress());
        assertThat(digest.getSubject()).contains("veckans sammanfattning");
        assertThat(text(digest)).contains("Undertecknat och förseglat").contains(BASE + "/agreements/" + sent.agreementId());
        assertThat(html(digest)).contains("href=\"" + BASE + "/agreements/" + sent.agreementId() + "\"");
        scheduled.digest();
        worker.send(sender);
        assertThat(to(sent.senderAddress())).as("each notice in one digest").hasSize(1);
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String signatory = withAddress(fixtures.account());
        String address = address(signatory);
        long centre = fixtures.centre("1480", false, CHILD_HEALTH, true).id();
        AgreementSent event = new AgreementSent(-1, centre, AgreementKind.COOPERATION, 1, signatory, List.of(signatory), null);
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            publisher.publishEvent(event);
            status.setRollbackOnly();
        });
        worker.send(sender);
        assertThat(pending(address) + to(address).size()).isZero();

        template.executeWithoutResult(status -> publisher.publishEvent(event));
        worker.send(sender);
        assertThat(to(address)).hasSize(1);
    }

    @Test
    void theAdjusterIsAskedByMailWithTheLinkAndARolledBackRequestSendsNothing() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = withAddress(fixtures.account(new Grant(Role.COORDINATOR, centre.id())));
        String adjuster = withAddress(fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
        String name = jdbc.sql("select display_name from app_user where username = :u").param("u", adjuster)
                .query(String.class).single();
        String location = mvc.perform(post("/centres/{id}/meetings", centre.id())
                        .param("kind", "COOPERATION").param("startsAt", "2026-11-24T10:00")
                        .param("endsAt", "2026-11-24T12:00").param("place", "Konferensrummet")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring("/meetings/".length()));
        mvc.perform(post("/meetings/{id}/attendees", meeting).param("operation", "CHILD_HEALTH").param("name", name)
                .param("present", "true").param("version", meetingVersion(meeting))
                .with(csrf()).with(fixtures.as(coordinator))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/items", meeting).param("text", "Mötet öppnas.")
                .param("version", meetingVersion(meeting))
                .with(csrf()).with(fixtures.as(coordinator))).andExpect(status().is3xxRedirection());

        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            publisher.publishEvent(new se.samverka.meeting.MinutesSentForAdjusting(meeting, centre.id(),
                    se.samverka.meeting.MeetingKind.COOPERATION, LocalDate.of(2026, 11, 24), adjuster));
            status.setRollbackOnly();
        });
        worker.send(sender);
        assertThat(pending(address(adjuster)) + to(address(adjuster)).size()).isZero();

        mvc.perform(post("/meetings/{id}/adjustment", meeting).param("adjuster", name)
                        .param("version", meetingVersion(meeting)).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        worker.send(sender);
        MimeMessage asked = only(address(adjuster));
        assertThat(asked.getSubject()).isEqualTo("Protokoll att justera för " + centre.name());
        assertThat(text(asked)).contains(BASE + "/meetings/" + meeting).contains("samverkansmötet 24 november 2026")
                .doesNotContain("Mötet öppnas").doesNotContain(name);
        assertThat(html(asked)).contains("href=\"" + BASE + "/meetings/" + meeting + "\"");
        assertThat(to(address(coordinator))).isEmpty();
    }

    @Test
    void theOwnerOfAnActionPointIsToldAndRemindedOnceBeforeItIsDue() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = withAddress(fixtures.account(new Grant(Role.COORDINATOR, centre.id())));
        String name = jdbc.sql("select display_name from app_user where username = :u").param("u", coordinator)
                .query(String.class).single();
        String location = mvc.perform(post("/centres/{id}/meetings", centre.id())
                        .param("kind", "STEERING_GROUP").param("startsAt", "2026-12-01T10:00")
                        .param("endsAt", "2026-12-01T12:00").param("place", "Konferensrummet")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(location.substring("/meetings/".length()));
        mvc.perform(post("/meetings/{id}/actions", meeting).param("description", "Boka lokal för föräldragruppen")
                        .param("owner", " " + name.toUpperCase() + " ").param("dueOn", "2026-12-20").param("version", meetingVersion(meeting))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/actions", meeting).param("description", "Något för någon okänd")
                        .param("owner", "Någon Annan").param("dueOn", "2026-12-21").param("version", meetingVersion(meeting))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        worker.send(sender);

        MimeMessage assigned = only(address(coordinator));
        assertThat(assigned.getSubject()).isEqualTo("Ny åtgärdspunkt för " + centre.name() + ", klar senast 20 december 2026");
        assertThat(text(assigned)).contains(BASE + "/meetings/" + meeting).contains("styrgruppsmötet 1 december 2026")
                .doesNotContain("föräldragruppen");
        assertThat(html(assigned)).contains("href=\"" + BASE + "/meetings/" + meeting + "\"");

        clock.set(LocalDate.of(2026, 12, 17).atTime(6, 0));
        scheduled.remind();
        scheduled.remind();
        worker.send(sender);
        List<MimeMessage> mails = to(address(coordinator));
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Påminnelse: åtgärdspunkt för " + centre.name());
    }

    @Test
    void theCoordinatorIsRemindedOnceOfWhatOnTheToDoListFallsDueAndStaffAreNot() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true);
        String coordinator = withAddress(fixtures.account(new Grant(Role.COORDINATOR, centre.id())));
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String staff = withAddress(fixtures.account(new Grant(Role.STAFF, centre.unitIds().getFirst())));
        mvc.perform(post("/centres/{id}/premises/areas", centre.id()).param("kind", "STAFF_ROOM")
                .with(csrf()).with(fixtures.as(steering))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/centres/{id}/premises/fire-safety/checks", centre.id()).param("kind", "ROUND")
                        .param("performedOn", LocalDate.of(2026, 8, 2).toString()).param("outcome", "Inga brister.")
                        .with(csrf()).with(fixtures.as(steering)))
                .andExpect(status().is3xxRedirection());
        TodoItem round = todo.of(coordinator).orElseThrow().stream()
                .filter(i -> Long.valueOf(centre.id()).equals(i.centreId()) && i.message().startsWith("todo.fire-safety"))
                .findFirst().orElseThrow();
        assertThat(round.dueOn()).isNotNull();

        clock.set(round.dueOn().minusDays(15).atTime(6, 0));
        scheduled.remindDeadlines();
        worker.send(sender);
        assertThat(to(address(coordinator))).as("15 days before: not yet").isEmpty();
        clock.set(round.dueOn().minusDays(14).atTime(6, 0));
        scheduled.remindDeadlines();
        scheduled.remindDeadlines();
        worker.send(sender);

        MimeMessage reminder = only(address(coordinator));
        assertThat(reminder.getSubject()).isEqualTo("Påminnelse: att göra för " + centre.name() + " senast "
                + Notifier.date(round.dueOn()));
        assertThat(text(reminder)).contains("SBA-rond", BASE + round.path());
        assertThat(to(address(staff))).isEmpty();
    }

    @Test
    void theOutboxSurvivesAMailServerOutageAndARestartAndSendsEachMailOnce() throws Exception {
        greenMail.stop();
        Sent sent = sentAgreement();
        signAll(sent);
        assertThat(worker.send(sender)).isZero();
        List<String> addresses = new ArrayList<>(sent.signatoryAddresses());
        addresses.add(sent.senderAddress());
        for (String address : addresses) {
            assertThat(jdbc.sql("select attempts from mail_outbox where recipient = :r and status = 'PENDING'")
                    .param("r", address).query(Integer.class).list()).isNotEmpty().allMatch(a -> a == 1);
        }

        OutboxWorker restarted = new OutboxWorker(jdbc, transactions, configuredSender, clock, "Samverka <samverka@localhost>");
        greenMail = startMailServer();
        restarted.send(sender);
        assertThat(to(sent.senderAddress())).as("not before the next attempt is due").isEmpty();

        clock.set(TestClock.START.toLocalDateTime().plusMinutes(2));
        restarted.send(sender);
        worker.send(sender);
        clock.set(TestClock.START.toLocalDateTime().plusDays(2));
        restarted.send(sender);
        for (String address : sent.signatoryAddresses()) {
            assertThat(to(address)).hasSize(1);
        }
        assertThat(to(sent.senderAddress())).hasSize(FOUR.size() + 1);
        for (String address : addresses) {
            assertThat(pending(address)).isZero();
        }
    }

    @Test
    void aSecondInstanceSkipsTheRowsTheFirstIsSending() throws Exception {
        Sent sent = sentAgreement();
        String held = sent.signatoryAddresses().getFirst();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread otherInstance = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("select id from mail_outbox where recipient = :r for update").param("r", held).query(Long.class).list();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherInstance.start();
        locked.await();
        try {
            worker.send(sender);
        } finally {
            release.countDown();
            otherInstance.join();
        }
        assertThat(to(held)).as("the row another instance holds is skipped, not waited for").isEmpty();
        assertThat(to(sent.signatoryAddresses().get(1))).hasSize(1);

        worker.send(sender);
        assertThat(to(held)).hasSize(1);
        assertThat(to(sent.signatoryAddresses().get(1))).hasSize(1);
    }

    @Test
    void backoffDoublesUpToSixHours() {
        assertThat(OutboxWorker.backoff(1)).hasMinutes(1);
        assertThat(OutboxWorker.backoff(2)).hasMinutes(2);
        assertThat(OutboxWorker.backoff(5)).hasMinutes(16);
        assertThat(OutboxWorker.backoff(11)).hasHours(6);
    }

    private record Sent(long agreementId, String centre, String sender, String senderName, String senderAddress,
                        List<String> signatories, List<String> signatoryAddresses, String sha256) {
    }

    private Sent sentAgreement() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        String member = withAddress(fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
        String location = mvc.perform(AgreementRequests.cooperationDraft(post("/centres/{id}/agreements", centre.id()),
                        FOUR, "2027-01-01", "2028-12-31").with(csrf()).with(fixtures.as(member)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("[^0-9]", ""));
        List<String> signatories = new ArrayList<>();
        for (int i = 0; i < FOUR.size(); i++) {
            signatories.add(withAddress(fixtures.account()));
        }
        int version = jdbc.sql("select version from agreement where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(AgreementRequests.send(id, version, signatories).with(csrf()).with(fixtures.as(member)))
                .andExpect(status().is3xxRedirection());
        String sha = jdbc.sql("select document_sha256 from agreement where id = :id").param("id", id)
                .query(String.class).single();
        String senderName = jdbc.sql("select display_name from app_user where username = :u").param("u", member)
                .query(String.class).single();
        return new Sent(id, centre.name(), member, senderName, address(member), signatories,
                signatories.stream().map(NotificationTest::address).toList(), sha);
    }

    private void signAll(Sent sent) throws Exception {
        for (String signatory : sent.signatories()) {
            mvc.perform(AgreementRequests.sign(sent.agreementId(), sent.sha256()).with(csrf()).with(fixtures.as(signatory)))
                    .andExpect(status().is3xxRedirection());
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder settings(
            String email, String partySigned, String sealed) {
        return post("/installningar/aviseringar").param("email", email).param("partySigned", partySigned)
                .param("agreementSealed", sealed).param("actionPointAssigned", "IMMEDIATELY")
                .param("actionPointDue", "IMMEDIATELY").param("deadlineDue", "IMMEDIATELY")
                .param("minutesToAdjust", "IMMEDIATELY");
    }

    private String meetingVersion(long meeting) {
        return jdbc.sql("select version from meeting where id = :id").param("id", meeting).query(String.class).single();
    }

    private String withAddress(String username) {
        jdbc.sql("update app_user set email = :email where username = :u")
                .param("email", address(username)).param("u", username).update();
        return username;
    }

    private static String address(String username) {
        return username + "@kommun.example";
    }

    private long pending(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r and status = 'PENDING'")
                .param("r", address).query(Long.class).single();
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage only(String address) {
        List<MimeMessage> mails = to(address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return part(mail, 0, "text/plain");
    }

    private static String html(MimeMessage mail) throws Exception {
        return part(mail, 1, "text/html");
    }

    private static String part(MimeMessage mail, int index, String type) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        BodyPart part = ((MimeMultipart) mail.getContent()).getBodyPart(index);
        assertThat(part.getContentType()).startsWith(type).contains("UTF-8");
        return (String) part.getContent();
    }
}
