package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

class SystemSealTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    private static final SystemSeal DEMO = new SystemSeal(new SealProperties(null, null, null, null, null, null), CLOCK);
    private static final byte[] PDF = new AgreementPdf(Fixtures.templates()).render(Fixtures.agreement(),
            Fixtures.auditTrail());
    private static final byte[] SEALED = DEMO.seal(PDF, "Undertecknat avtal");

    @Test
    void aSealedPdfVerifiesAsIntactAndSignedBySamverkaAtTheClocksTime() {
        SealVerification verification = DEMO.verify(DEMO.seal(PDF, "Undertecknat avtal"));
        assertThat(verification.intact()).as(verification.indication()).isTrue();
        assertThat(verification.signedBy()).contains("Samverka").isEqualTo("Samverka demosigill");
        assertThat(verification.signingTime()).isEqualTo(NOW);
        assertThat(verification.indication()).isNotBlank();
        assertThat(DEMO.subject()).isEqualTo("CN=Samverka demosigill,O=Samverka,C=SE");
    }

    @Test
    void sealingAppendsToTheOriginalBytes() {
        assertThat(SEALED.length).isGreaterThan(PDF.length);
        assertThat(Arrays.equals(SEALED, 0, PDF.length, PDF, 0, PDF.length)).isTrue();
    }

    @Test
    void oneChangedByteInTheSignedContentBreaksTheSeal() {
        byte[] tampered = SEALED.clone();
        int at = indexOf(tampered, "Lokalt samverkansavtal");
        assertThat(at).isPositive().isLessThan(PDF.length);
        tampered[at] = 'l';
        assertThat(DEMO.verify(tampered).intact()).isFalse();
    }

    @Test
    void anUnsignedPdfIsNotIntact() {
        SealVerification verification = DEMO.verify(PDF);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.signedBy()).isNull();
    }

    @Test
    void bytesThatAreNoPdfAreNotIntact() {
        assertThat(DEMO.verify("inte en pdf".getBytes(StandardCharsets.UTF_8)).intact()).isFalse();
    }

    @Test
    void theSealedPdfIsStillPdfA2a() {
        VeraPdf.Report report = VeraPdf.validate(SEALED, PDFAFlavour.PDFA_2_A);
        assertThat(report.failedRules()).as("failed PDF/A-2A rules").isEmpty();
    }

    @Test
    void theSealedPdfIsStillPdfUa1() {
        VeraPdf.Report report = VeraPdf.validate(SEALED, PDFAFlavour.PDFUA_1);
        assertThat(report.failedRules()).as("failed PDF/UA-1 rules").isEmpty();
    }

    @Test
    void theSealIsACertifyingPadesBaselineLtSignatureWithATimestampFromSamverkasOwnUnit() {
        Reports reports = validate(SEALED, DEMO);
        SignatureWrapper signature = reports.getDiagnosticData().getSignatures().getFirst();

        assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(reports.getSimpleReport().getSignatureFormat(signature.getId()))
                .isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(reports.getSimpleReport().getIndication(signature.getId())).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(signature.getCertificateChain()).extracting(CertificateWrapper::getCommonName)
                .containsExactly("Samverka demosigill", "Samverka demo-CA (ej betrodd utanför Samverka)");
        List<TimestampWrapper> timestamps = signature.getSignatureTimestamps();
        assertThat(timestamps).hasSize(1);
        TimestampWrapper timestamp = timestamps.getFirst();
        assertThat(timestamp.isMessageImprintDataIntact()).isTrue();
        assertThat(timestamp.isSignatureValid()).isTrue();
        assertThat(timestamp.getProductionTime()).isEqualTo(Date.from(NOW));
        assertThat(timestamp.getSigningCertificate().getCommonName())
                .isEqualTo("Samverka tidsstämpel (demo, ej betrodd utanför Samverka)");
        assertThat(reports.getSimpleReport().getIndication(timestamp.getId())).isEqualTo(Indication.PASSED);
        assertThat(signature.getPDFRevision().getDocMDPPermissions())
                .isEqualTo(CertificationPermission.MINIMAL_CHANGES_PERMITTED);
    }

    @Test
    void theChainsAndTheCrlAreEmbeddedInTheDocumentSecurityStoreAndTheSealCertifiesTheDocument() throws Exception {
        try (PDDocument document = Loader.loadPDF(SEALED)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            assertThat(catalog.getCOSDictionary(COSName.PERMS).containsKey(COSName.DOCMDP)).isTrue();
            COSDictionary store = catalog.getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(store).as("the document security store").isNotNull();
            var factory = CertificateFactory.getInstance("X.509");
            List<String> certificates = new ArrayList<>();
            COSArray certs = store.getCOSArray(COSName.getPDFName("Certs"));
            for (int i = 0; i < certs.size(); i++) {
                try (InputStream in = ((COSStream) certs.getObject(i)).createInputStream()) {
                    certificates.add(((X509Certificate) factory.generateCertificate(in)).getSubjectX500Principal()
                            .getName());
                }
            }
            assertThat(certificates).contains("CN=Samverka demosigill,O=Samverka,C=SE",
                    "CN=Samverka demo-CA (ej betrodd utanför Samverka),O=Samverka,C=SE",
                    "CN=Samverka tidsstämpel (demo\\, ej betrodd utanför Samverka),O=Samverka,C=SE");
            COSArray crls = store.getCOSArray(COSName.getPDFName("CRLs"));
            assertThat(crls).as("revocation data").isNotNull().isNotEmpty();
            try (InputStream in = ((COSStream) crls.getObject(0)).createInputStream()) {
                X509CRL crl = (X509CRL) factory.generateCRL(in);
                assertThat(crl.getIssuerX500Principal().getName())
                        .isEqualTo("CN=Samverka demo-CA (ej betrodd utanför Samverka),O=Samverka,C=SE");
                assertThat(crl.getRevokedCertificates()).isNull();
            }
        }
    }

    @Test
    void anIncrementalUpdateThatChangesTheTitleIsReportedAsAModification() throws Exception {
        byte[] retitled = incrementalUpdate(SEALED, document -> {
            document.getDocumentInformation().setTitle("Ett annat avtal");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });

        SealVerification verification = DEMO.verify(retitled);

        assertThat(verification.intact()).as(verification.indication()).isFalse();
        assertThat(verification.indication()).startsWith("MODIFIED_AFTER_SEALING: document information");
        assertThat(DEMO.verify(SEALED).intact()).isTrue();
    }

    @Test
    void anIncrementalUpdateThatWritesOnAPageIsReportedAsAModification() throws Exception {
        byte[] written = incrementalUpdate(SEALED, document -> {
            PDPage page = document.getPage(0);
            try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 72);
                content.showText("Hyran halveras");
                content.endText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });

        SealVerification verification = DEMO.verify(written);

        assertThat(verification.intact()).as(verification.indication()).isFalse();
        assertThat(verification.indication()).startsWith("MODIFIED_AFTER_SEALING: objects");
    }

    @Test
    void sealsWithAConfiguredKeyStoreAndATimestampAuthorityOverHttp(@TempDir Path directory) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        var authority = new CertificateAuthority("CN=Testutfärdare, O=Test, C=SE", CLOCK, base + "/crl", null);
        KeyPair tsaKey = CertificateAuthority.ecKeyPair();
        var tsa = new TimestampUnit(tsaKey.getPrivate(), List.of(authority.issue("CN=Test-TSA, O=Test, C=SE",
                tsaKey.getPublic(), KeyPurposeId.id_kp_timeStamping), authority.root()), CLOCK);
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString("samverka:tsa-hemlighet".getBytes(StandardCharsets.UTF_8));
        List<String> stamped = new CopyOnWriteArrayList<>();
        List<String> crlsServed = new CopyOnWriteArrayList<>();
        server.createContext("/crl", exchange -> {
            crlsServed.add(exchange.getRequestURI().getPath());
            respond(exchange, "application/pkix-crl", authority.crl());
        });
        server.createContext("/tsa", exchange -> {
            if (!credentials.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"tsa\"");
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            var request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            stamped.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + request.getMessageImprintAlgOID());
            respond(exchange, "application/timestamp-reply", tsa.respond(request).getEncoded());
        });
        server.start();
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            X509Certificate certificate = authority.issue("CN=Samverka testsigill, O=Samverka, C=SE",
                    pair.getPublic(), null);
            char[] password = "hemligt-lösen".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("sigill", pair.getPrivate(), password,
                    new X509Certificate[] {certificate, authority.root()});
            Path file = directory.resolve("seal.p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            var seal = new SystemSeal(new SealProperties(file.toString(), "hemligt-lösen", "sigill", base + "/tsa",
                    "samverka", "tsa-hemlighet"), CLOCK);

            byte[] sealed = seal.seal(PDF, "Undertecknat avtal");
            SealVerification verification = seal.verify(sealed);

            assertThat(verification.intact()).as(verification.indication()).isTrue();
            assertThat(verification.signedBy()).isEqualTo("Samverka testsigill");
            assertThat(stamped).as("a request for a SHA-256 imprint")
                    .containsExactly("application/timestamp-query 2.16.840.1.101.3.4.2.1");
            assertThat(crlsServed).as("the CRL fetched from the certificates' distribution point").isNotEmpty();
            Reports reports = validate(sealed, seal);
            SignatureWrapper signature = reports.getDiagnosticData().getSignatures().getFirst();
            assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            assertThat(reports.getSimpleReport().getIndication(signature.getId())).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(signature.getSignatureTimestamps()).singleElement()
                    .satisfies(timestamp -> assertThat(timestamp.getSigningCertificate().getCommonName())
                            .isEqualTo("Test-TSA"));
            assertThat(seal.subject()).isEqualTo("CN=Samverka testsigill,O=Samverka,C=SE");
            assertThat(new SystemSeal(new SealProperties(file.toString(), "hemligt-lösen", null, null, null, null),
                    CLOCK).subject()).isEqualTo(seal.subject());
        } finally {
            server.stop(0);
        }
    }

    /** DSS's reports on the PDF, offline, trusting the seal's and its timestamp unit's roots. */
    private static Reports validate(byte[] pdf, SystemSeal seal) {
        var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setValidationTime(Date.from(NOW.plusSeconds(60)));
        var verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        var trusted = new CommonTrustedCertificateSource();
        seal.trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    private static byte[] incrementalUpdate(byte[] pdf, Consumer<PDDocument> change) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            change.accept(document);
            document.saveIncremental(out);
            byte[] updated = out.toByteArray();
            assertThat(Arrays.equals(updated, 0, pdf.length, pdf, 0, pdf.length)).as("appended").isTrue();
            return updated;
        }
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
