package se.samverka.rules;

/**
 * R11.2a: every centre has a coordinator appointed by the steering group, with a service grade and an
 * employing party; the employing party is one of those whose operations take part (§14.1).
 */
public final class R11_2a implements Rule {

    public static final R11_2a RULE = new R11_2a();

    private R11_2a() {
    }

    @Override
    public String id() {
        return "R11.2a";
    }

    @Override
    public String section() {
        return "11.2, 14.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Varje familjecentral och familjecentralsliknande verksamhet ska ha en samordnare som håller ihop "
                + "verksamheten och är länken mellan arbetslaget och styrgruppen i båda riktningar. Samordnaren utses "
                + "av styrgruppen som också beslutar om samordnarens uppdrag och tjänstgöringsgrad. "
                + "Den verksamhet där samordnaren anställs ersätts av övriga ingående verksamheter med respektive del "
                + "av kostnaden.";
    }

    public Finding check(Governance governance) {
        if (governance.coordinator() == null) {
            return Finding.of(this, Outcome.NOT_MET, "R11.2a.missing");
        }
        if (!governance.coordinator().employerTakesPart()) {
            return Finding.of(this, Outcome.NOT_MET, "R11.2a.employer-not-party");
        }
        return Finding.of(this, Outcome.MET, "R11.2a.met");
    }
}
