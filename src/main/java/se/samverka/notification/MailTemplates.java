package se.samverka.notification;

import se.samverka.platform.PublicBaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes notices as mails, in Swedish, from the templates in {@code templates/mail/}: {@code *.txt} as plain text and
 * {@code *.html} as HTML, by a template engine of its own so that the web's view resolution is not involved.
 */
@Component
class MailTemplates {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final String settingsLink;

    MailTemplates(MessageSource messages, PublicBaseUrl baseUrl) {
        this.messages = messages;
        this.settingsLink = baseUrl.withoutRequest() + "/installningar/aviseringar";
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "mail/*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "mail/*.html", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, SWEDISH);
    }

    String message(MessageSourceResolvable text) {
        return messages.getMessage(text, SWEDISH);
    }

    Mail notice(Notice notice) {
        return render("notice", notice.subject(), Map.of("notice", notice));
    }

    /** The weekly digest of the notices a user chose to have so. */
    Mail digest(List<DigestItem> items) {
        return render("digest", message("notification.digest.subject", items.size()), Map.of("items", items));
    }

    private Mail render(String template, String subject, Map<String, Object> variables) {
        Context context = new Context(SWEDISH, variables);
        context.setVariable("subject", subject);
        context.setVariable("settingsLink", settingsLink);
        return new Mail(subject, engine.process("mail/" + template + ".txt", context),
                engine.process("mail/" + template + ".html", context));
    }

    /** One line of a digest. */
    record DigestItem(NotificationKind kind, String summary, String link) {
    }
}
