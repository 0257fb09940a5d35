package se.samverka.support;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.rules.BaseOperation;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Form posts that make a complete local cooperation agreement draft through the pages. */
public final class AgreementRequests {

    /** Göteborgs kommun's organisation number, for municipal parties the registry has none for. */
    public static final String MUNICIPAL_NUMBER = "212000-1355";

    private AgreementRequests() {
    }

    public static MockHttpServletRequestBuilder cooperationDraft(MockHttpServletRequestBuilder request,
                                                                 List<BaseOperation> operations, String startsOn,
                                                                 String endsOn) {
        request.param("kind", "COOPERATION")
                .param("startsOn", startsOn).param("endsOn", endsOn).param("noticeMonths", "6")
                .param("extensionMonths", "12").param("meetingHoursPerMonth", "4")
                .param("steeringMeetingsPerYear", "4").param("version", "0")
                .param("localGoals", "Fler föräldrar ska delta i föräldragrupper.\n- Mäts med antal deltagare per termin.")
                .param("steeringGroup", "Styrgruppen består av närmaste chef för varje basverksamhet.")
                .param("coordinator", "Samordnaren arbetar 50 procent.")
                .param("staffGroup", "BVC-sjuksköterskor, förskollärare och socionom.")
                .param("coordinatorCost", "Kostnaden delas lika mellan basverksamheterna.");
        for (int i = 0; i < operations.size(); i++) {
            request.param("parties[" + i + "].role", operations.get(i).name())
                    .param("parties[" + i + "].administration", "Förvaltning " + (i + 1));
            if (operations.get(i).municipal()) {
                request.param("parties[" + i + "].organisationNumber", MUNICIPAL_NUMBER);
            }
        }
        return request;
    }

    public static MockHttpServletRequestBuilder usageRightDraft(MockHttpServletRequestBuilder request, BaseOperation grantor,
                                                                BaseOperation user, String startsOn, String sharePercent) {
        return request.param("kind", "USAGE_RIGHT").param("version", "0")
                .param("grantor", grantor.name()).param("user", user.name())
                .param("startsOn", startsOn).param("noticeMonths", "6")
                .param("premises", "Gemensamma ytor om 120 kvm: entré, väntrum, samtalsrum och kök")
                .param("userSharePercent", sharePercent)
                .param("compensation", "12 500,50").param("compensationPeriod", "QUARTER")
                .param("usageScope", "Lokaler på Storgatan 1, andel och årlig kostnad i 2026 års prisnivå.")
                .param("paymentTerms", "Ersättningen betalas kvartalsvis i förskott mot faktura.");
    }

    /** Sends the version to one signatory per party, each with the title "Verksamhetschef", in the parties' order. */
    public static MockHttpServletRequestBuilder send(long id, int version, List<String> signatories) {
        MockHttpServletRequestBuilder request = post("/agreements/{id}/send", id).param("version", String.valueOf(version));
        for (int i = 0; i < signatories.size(); i++) {
            request.param("signatories[" + i + "].username", signatories.get(i))
                    .param("signatories[" + i + "].title", "Verksamhetschef");
        }
        return request;
    }

    /** Signs the document with the given SHA-256, confirmed, in Göteborg, as "Verksamhetschef". */
    public static MockHttpServletRequestBuilder sign(long id, String sha256) {
        return post("/agreements/{id}/sign", id).param("sha256", sha256).param("place", "Göteborg")
                .param("title", "Verksamhetschef").param("confirmed", "true");
    }

    /** Replaces a parameter the draft already has, rather than adding a second value. */
    public static RequestPostProcessor replacing(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }
}
