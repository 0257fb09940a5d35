package se.samverka.agreement.document;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

class SystemSealTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    private static final SystemSeal DEMO = new SystemSeal(new SealProperties(null, null, null), CLOCK);
    private static final byte[] PDF = new AgreementPdf(Fixtures.templates()).render(Fixtures.agreement(), Fixtures.auditTrail());
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
    void sealsWithTheKeyInAConfiguredPkcs12File(@TempDir Path directory) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        X509Certificate certificate = SystemSeal.selfSigned(pair, "CN=Samverka testsigill, O=Samverka, C=SE", NOW,
                Duration.ofDays(30));
        char[] password = "hemligt-lösen".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("sigill", pair.getPrivate(), password, new X509Certificate[] {certificate});
        Path file = directory.resolve("seal.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        var seal = new SystemSeal(new SealProperties(file.toString(), "hemligt-lösen", "sigill"), CLOCK);

        SealVerification verification = seal.verify(seal.seal(PDF, "Undertecknat avtal"));

        assertThat(verification.intact()).as(verification.indication()).isTrue();
        assertThat(verification.signedBy()).isEqualTo("Samverka testsigill");
        assertThat(seal.subject()).isEqualTo("CN=Samverka testsigill,O=Samverka,C=SE");
        assertThat(new SystemSeal(new SealProperties(file.toString(), "hemligt-lösen", null), CLOCK).subject())
                .isEqualTo(seal.subject());
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
