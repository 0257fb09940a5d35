package se.samverka.agreement.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.samverka.agreement.document.Block.Bullets;
import se.samverka.agreement.document.Block.Paragraph;
import se.samverka.agreement.document.Block.Subheading;

/** A local agreement for Familjecentralen Kvarnbacken, long enough to span several pages. */
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

    public static AgreementDocument agreement() {
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
        sections.add(new Section("15", HEADINGS.get(14), List.of()));
        return new AgreementDocument("Lokalt samverkansavtal", "Samverkan för barn och familjer – 0–6 år",
                "Familjecentralen Kvarnbacken", "Version 3 – 2026-12-01", sections, signaturePage());
    }

    private static SignaturePage signaturePage() {
        return new SignaturePage("Detta avtal har upprättats i fyra likalydande exemplar, varav parterna tagit var "
                + "sitt. Genom underskrift godkänner parterna avtalet i sin helhet.", List.of(
                new SignatureBlock(PARTIES.get(0), "Åsa Öberg", "Verksamhetschef", "Kungälv 2026-12-01"),
                new SignatureBlock(PARTIES.get(1), "Björn Ärlig", "Socialchef", "Kungälv 2026-12-02"),
                new SignatureBlock(PARTIES.get(2), "Märta Lindqvist", "Förskolechef", null),
                new SignatureBlock(PARTIES.get(3), null, null, null)));
    }

    public static AuditTrail auditTrail() {
        return new AuditTrail("c0a8012e-7d5b-4e3a-9f1c-2b6d8e4f0a17", SHA_256, List.of(
                new AuditEntry(Instant.parse("2026-12-01T20:15:03Z"), "Dokumentet skapades", "Åsa Öberg",
                        "192.0.2.14"),
                new AuditEntry(Instant.parse("2026-12-01T20:16:40Z"), "Skickat för underskrift", "Åsa Öberg",
                        "192.0.2.14"),
                new AuditEntry(Instant.parse("2026-12-02T08:02:11Z"), "Undertecknat", "Björn Ärlig",
                        "2001:db8::17"),
                new AuditEntry(Instant.parse("2026-12-02T08:02:12Z"), "Systemsigill lagt", "Samverka", null)));
    }
}
