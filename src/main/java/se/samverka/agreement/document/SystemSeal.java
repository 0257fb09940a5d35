package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStore.PasswordProtection;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.reports.Reports;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The system's seal on finished agreements: a PAdES baseline-B signature with the key in the configured PKCS#12
 * key store, or with a generated demo key when none is configured. Signing and verifying never go online.
 */
@Component
public class SystemSeal {

    static final String DEMO_SUBJECT = "CN=Samverka demosigill, O=Samverka, C=SE";

    private static final Logger log = LoggerFactory.getLogger(SystemSeal.class);

    private final SealProperties properties;
    private final Clock clock;
    private Key key;

    public SystemSeal(SealProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public byte[] seal(byte[] pdf, String reason) {
        Key key = key();
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.setReason(reason);
        parameters.bLevel().setSigningDate(Date.from(clock.instant()));
        var service = new PAdESService(offlineVerifier());
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned dataToSign = service.getDataToSign(document, parameters);
        SignatureValue signature = key.token().sign(dataToSign, parameters.getDigestAlgorithm(), key.entry());
        DSSDocument sealed = service.signDocument(document, parameters, signature);
        try (var out = new ByteArrayOutputStream(pdf.length + 32 * 1024)) {
            sealed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the first signature's cryptography and signed bytes, trusting only this seal's certificate. */
    public SealVerification verify(byte[] pdf) {
        Reports reports;
        try {
            var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setValidationTime(Date.from(clock.instant()));
            var verifier = offlineVerifier();
            var trusted = new CommonTrustedCertificateSource();
            trusted.addCertificate(key().entry().getCertificate());
            verifier.setTrustedCertSources(trusted);
            validator.setCertificateVerifier(verifier);
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            return new SealVerification(false, null, null, "NOT_A_VALID_PDF: " + e.getClass().getSimpleName());
        }
        DiagnosticData diagnostics = reports.getDiagnosticData();
        List<SignatureWrapper> signatures = diagnostics.getSignatures();
        if (signatures.isEmpty()) {
            return new SealVerification(false, null, null, "NO_SIGNATURE_FOUND");
        }
        SignatureWrapper signature = signatures.getFirst();
        boolean digestsIntact = !signature.getDigestMatchers().isEmpty()
                && signature.getDigestMatchers().stream().allMatch(SystemSeal::intact);
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid() && digestsIntact;
        String signedBy = signature.getSigningCertificate() == null ? null
                : signature.getSigningCertificate().getCommonName();
        Date claimed = signature.getClaimedSigningTime();
        return new SealVerification(intact, signedBy, claimed == null ? null : claimed.toInstant(),
                indication(reports.getSimpleReport(), signature.getId()));
    }

    /** The sealing certificate's subject, such as "CN=Samverka demosigill,O=Samverka,C=SE". */
    public String subject() {
        return key().entry().getCertificate().getSubject().getRFC2253();
    }

    private static boolean intact(XmlDigestMatcher matcher) {
        return matcher.isDataFound() && matcher.isDataIntact();
    }

    private static String indication(SimpleReport report, String signatureId) {
        var indication = report.getIndication(signatureId);
        var subIndication = report.getSubIndication(signatureId);
        return subIndication == null ? String.valueOf(indication) : indication + "/" + subIndication;
    }

    /**
     * Without trusted certificates: DSS leaves trust anchors out of the signature, and a seal that does not carry
     * its own certificate cannot be verified elsewhere.
     */
    private static CommonCertificateVerifier offlineVerifier() {
        var verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    private synchronized Key key() {
        if (key == null) {
            key = properties.demo() ? demoKey(clock.instant()) : configuredKey();
        }
        return key;
    }

    private Key configuredKey() {
        char[] password = properties.password() == null ? new char[0] : properties.password().toCharArray();
        try {
            byte[] store = Files.readAllBytes(Path.of(properties.keystore()));
            var token = new Pkcs12SignatureToken(store, new PasswordProtection(password));
            if (properties.alias() != null) {
                DSSPrivateKeyEntry entry = token.getKey(properties.alias());
                if (entry == null) {
                    throw new IllegalStateException("no key " + properties.alias() + " in the seal key store");
                }
                return new Key(token, entry);
            }
            List<DSSPrivateKeyEntry> keys = token.getKeys();
            if (keys.size() != 1) {
                throw new IllegalStateException("the seal key store holds " + keys.size()
                        + " keys; set samverka.seal.alias to choose one");
            }
            return new Key(token, keys.getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the seal key store " + properties.keystore(), e);
        }
    }

    private static Key demoKey(Instant now) {
        log.info("No samverka.seal.keystore configured: sealing with a generated self-signed demo key");
        char[] password = new char[0];
        try {
            // An elliptic-curve key is made in a millisecond; an RSA key of the same strength (3072 bits) took a
            // second or more of the first start.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair, DEMO_SUBJECT, now, Duration.ofDays(3653));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", pair.getPrivate(), password, new X509Certificate[] {certificate});
            var out = new ByteArrayOutputStream();
            store.store(out, password);
            var token = new Pkcs12SignatureToken(out.toByteArray(), new PasswordProtection(password));
            return new Key(token, token.getKey("seal"));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not generate the demo seal key", e);
        }
    }

    /** A certificate valid from five minutes before {@code now} for {@code validity}. */
    static X509Certificate selfSigned(KeyPair pair, String subject, Instant now, Duration validity)
            throws GeneralSecurityException {
        var name = new X500Principal(subject);
        try {
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder(pair.getPrivate().getAlgorithm().equals("EC")
                    ? "SHA256withECDSA" : "SHA256withRSA").build(pair.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("could not create a self-signed certificate", e);
        }
    }

    private record Key(Pkcs12SignatureToken token, DSSPrivateKeyEntry entry) {
    }
}
