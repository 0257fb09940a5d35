package se.samverka.agreement.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.samverka.agreement.document.Block.Bullets;
import se.samverka.agreement.document.Block.Paragraph;
import se.samverka.agreement.document.Block.Subheading;

/** A local agreement for Familjecentralen Kvarnbacken, long enough to span several pages, signed or as a draft. */
public final class Fixtures {

    public static final List<String> HEADINGS = List.of(
            "Avtalsparter och placering", "Avtalstid", "Avtalets utgångspunkter", "Syfte med avtalet",
            "Familjecentralens uppdrag och mål", "Parternas gemensamma ansvar", "Parternas enskilda ansvar",
            "Styrgrupp", "Samordnare", "Personalgrupp", "Sekretess och informationsöverföring", "Finansiering",
            "Ändringar och tillägg i avtalet", "Tvist", "Underskrift");

    public static final List<String> PARTIES = List.of(
            "Västra Götalandsregionen, Närhälsan", "Kungälvs kommun, socialtjänsten",
            "Kungälvs kommun, förskoleverksamheten", "Västra Götalandsregionen, Folktandvården");

    public static final String SHA_256 = "3f0a9c5e1b7d24680ace13579bdf02468ace13579bdf02468ace13579bdf0246";

    private Fixtures() {
    }

    private static List<Section> sections() {
        var sections = new ArrayList<Section>();
        sections.add(new Section("1", HEADINGS.get(0), List.of(
                new Paragraph("Detta avtal – det lokala samverkansavtalet – ingås mellan parterna nedan och gäller "
                        + "familjecentralen på Kvarnbacken, Göteborgsvägen 12 i Kungälv."),
                new Bullets(PARTIES))));
        sections.add(new Section("2", HEADINGS.get(1), List.of(
                new Paragraph("Avtalet gäller från och med den 1 januari 2027 till och med den 31 december 2029 och "
                        + "förlängs därefter med två år i taget om det inte sägs upp senast sex månader före "
                        + "avtalstidens utgång, jfr § 14."))));
        sections.add(new Section("3", HEADINGS.get(2), List.of(
                new Paragraph("Avtalet utgår från det regionala samverkansavtalet för familjecentraler i Västra "
                        + "Götaland och från barnkonventionen, som är svensk lag sedan den 1 januari 2020."),
                new Subheading("Styrande dokument"),
                new Bullets(List.of("Regionalt samverkansavtal för familjecentraler, 2024–2027",
                        "Socialtjänstlagen (2001:453)", "Hälso- och sjukvårdslagen (2017:30)",
                        "Skollagen (2010:800), 8 kap. om förskolan")))));
        sections.add(new Section("4", HEADINGS.get(3), List.of(
                new Paragraph("Syftet är att främja barns och föräldrars hälsa genom att samla mödrahälsovård, "
                        + "barnhälsovård, öppen förskola och förebyggande socialtjänst under ett tak."))));
        sections.add(new Section("5", HEADINGS.get(4), List.of(
                new Subheading("Uppdrag"),
                new Paragraph("Familjecentralen ska vara en naturlig mötesplats för blivande föräldrar och familjer "
                        + "med barn i åldern 0–6 år."),
                new Subheading("Mål"),
                new Bullets(List.of("Stärka föräldrar i föräldraskapet.",
                        "Öka barns delaktighet och inflytande – utifrån ålder och mognad.",
                        "Tidigt uppmärksamma barn och familjer som behöver stöd.",
                        "Minska ojämlikhet i hälsa mellan olika områden i kommunen.")))));
        sections.add(new Section("6", HEADINGS.get(5), List.of(
                new Paragraph("Parterna ansvarar gemensamt för att verksamheten bedrivs i enlighet med avtalet och "
                        + "för att lokaler, öppettider och information är samordnade."),
                new Bullets(List.of("gemensam verksamhetsplan som revideras årligen",
                        "gemensam uppföljning med nyckeltal",
                        "en gemensam informationsfolder på svenska och de vanligaste språken i området")))));
        sections.add(new Section("7", HEADINGS.get(6), List.of(
                new Subheading("Regionen"),
                new Paragraph("Regionen ansvarar för mödrahälsovård och barnhälsovård enligt gällande riktlinjer."),
                new Subheading("Kommunen"),
                new Paragraph("Kommunen ansvarar för öppen förskola och förebyggande socialtjänst med minst 1,5 "
                        + "tjänster vardera."))));
        sections.add(new Section("8", HEADINGS.get(7), List.of(
                new Paragraph("Styrgruppen består av en chef från varje part och sammanträder minst två gånger per "
                        + "år. Samordnaren är adjungerad."))));
        sections.add(new Section("9", HEADINGS.get(8), List.of(
                new Paragraph("Samordnaren leder det dagliga samarbetet och är anställd av kommunen på 50 % av "
                        + "heltid. Kostnaden delas lika mellan parterna."))));
        sections.add(new Section("10", HEADINGS.get(9), List.of(
                new Paragraph("Personalgruppen består av all personal som arbetar på familjecentralen och träffas "
                        + "minst en gång i månaden."))));
        sections.add(new Section("11", HEADINGS.get(10), List.of(
                new Paragraph("Varje part följer de sekretessregler som gäller för den egna verksamheten enligt "
                        + "offentlighets- och sekretesslagen (2009:400). Uppgifter om enskilda lämnas mellan "
                        + "verksamheterna endast med den enskildes samtycke."),
                new Bullets(List.of("Samtycke dokumenteras i respektive journalsystem.",
                        "Anmälningsplikten enligt 14 kap. 1 § socialtjänstlagen gäller alltid.")))));
        sections.add(new Section("12", HEADINGS.get(11), List.of(
                new Paragraph("Gemensamma kostnader för lokaler, material och samordnare fördelas med 50 % på "
                        + "regionen och 50 % på kommunen."))));
        sections.add(new Section("13", HEADINGS.get(12), List.of(
                new Paragraph("Ändringar och tillägg ska vara skriftliga och undertecknade av samtliga parter."))));
        sections.add(new Section("14", HEADINGS.get(13), List.of(
                new Paragraph("Tvist om avtalets tolkning löses i första hand av styrgruppen och i andra hand av "
                        + "parternas högsta ledning."))));
        sections.add(new Section("15", HEADINGS.get(14), List.of(
                new Paragraph("Detta avtal är upprättat i ett elektroniskt original som undertecknas elektroniskt i "
                        + "Samverka av samtliga fyra parter och därefter förseglas."))));
        return sections;
    }

    /** The signed original: who signed for each party, how and when; no marking. */
    public static AgreementDocument agreement() {
        return new AgreementDocument("Lokalt samverkansavtal", "Samverkan för barn och familjer – 0–6 år",
                "Familjecentral", "Familjecentralen Kvarnbacken", "Version 3 (ändring av version 2)", null, sections(),
                new SignaturePage(null, List.of(
                        new SignatureBlock(PARTIES.get(0), "Åsa Öberg", "Verksamhetschef",
                                "Undertecknat elektroniskt i Samverka 2026-12-01 kl. 21:16, Kungälv"),
                        new SignatureBlock(PARTIES.get(1), "Björn Ärlig", "Socialchef",
                                "Undertecknat elektroniskt i Samverka 2026-12-02 kl. 09:02, Kungälv"),
                        new SignatureBlock(PARTIES.get(2), "Märta Lindqvist", "Förskolechef",
                                "Undertecknat elektroniskt i Samverka 2026-12-02 kl. 09:30, Kungälv"),
                        new SignatureBlock(PARTIES.get(3), "Olle Tand", "Klinikchef",
                                "Undertecknat elektroniskt i Samverka 2026-12-02 kl. 10:05, Göteborg"))));
    }

    /** A draft: marked on every page, nobody named, nothing to sign on paper. */
    public static AgreementDocument draft() {
        return new AgreementDocument("Lokalt samverkansavtal", "Samverkan för barn och familjer – 0–6 år",
                "Familjecentralsliknande verksamhet", "Kvarnbackens familjeverksamhet", "Version 1",
                new AgreementDocument.Marking(DRAFT_MARKING, true), sections(),
                new SignaturePage(null, PARTIES.stream().map(party -> new SignatureBlock(party, null, null,
                        "Undertecknas elektroniskt i Samverka när avtalet har skickats för underskrift.")).toList()));
    }

    public static final String DRAFT_MARKING = "UTKAST – inte undertecknat. Version 1, 2026-12-04";

    public static AuditTrail auditTrail() {
        var created = new AuditEntry(Instant.parse("2026-12-01T20:15:03Z"), "Skapat", "Åsa Öberg", "asa.oberg",
                "192.0.2.14");
        var completed = new AuditEntry(Instant.parse("2026-12-02T09:05:12Z"), "Avtalet slutfört och förseglat",
                "Samverka (systemets sigill)", null, null);
        return new AuditTrail(new AuditTrail.Summary("Lokalt samverkansavtal – Familjecentralen Kvarnbacken, version 3",
                "c0a8012e-7d5b-4e3a-9f1c-2b6d8e4f0a17/3", created, "Undertecknat av samtliga parter och förseglat",
                completed), SHA_256, List.of(created,
                new AuditEntry(Instant.parse("2026-12-01T20:16:40Z"), "Skickat för underskrift till", "Åsa Öberg",
                        "asa.oberg", "192.0.2.14"),
                new AuditEntry(Instant.parse("2026-12-02T08:01:30Z"), "Visat för undertecknaren för", "Björn Ärlig",
                        "bjorn.arlig", "2001:db8::17"),
                new AuditEntry(Instant.parse("2026-12-02T08:02:11Z"), "Undertecknat för", "Björn Ärlig",
                        "bjorn.arlig", "2001:db8::17"),
                completed));
    }

    /** The application's templates and messages, without the application. */
    public static ITemplateEngine templates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    public static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
